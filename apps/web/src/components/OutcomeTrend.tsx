import { formatDay, globalChangeLabel, type OutcomeSummary } from "@backstride/domain";
import { useMemo } from "react";
import { importantChangeLines, timepointLabel } from "../lib/outcome-form.ts";
import { dayX } from "../lib/progress-series.ts";
import { Chart } from "./Chart.tsx";

const range: [number, number] = [0, 10];

/**
 * The outcome measures over time, each with the line a real (clinically important) change crosses and
 * a sentence saying whether it has been crossed. Shared by the runner's measures screen and the coach.
 */
export function OutcomeTrend({ summary, who = "you" }: { summary: OutcomeSummary; who?: "you" | "runner" }) {
  const { records } = summary;
  const x = useMemo(() => records.map((record) => dayX(record.localDate)), [records]);
  const lines = importantChangeLines(records);
  if (records.length === 0) {
    return (
      <section className="card" aria-labelledby="outcomes-empty">
        <h2 id="outcomes-empty">Outcome measures</h2>
        <p className="muted">
          {who === "you" ? "You have not answered the measures yet." : "No outcome measures answered yet."}
        </p>
      </section>
    );
  }
  return (
    <>
      <section className="card" aria-labelledby="outcome-pain-heading">
        <h2 id="outcome-pain-heading">Pain over the past week</h2>
        <p>
          {summary.painChange?.words ?? "One answer so far: the change shows from the next check."}
          {summary.painChange ? <span className="muted small"> (Ostelo et al. 2008)</span> : null}
        </p>
        <Chart
          x={x}
          yLabel="Pain 0–10"
          yRange={range}
          series={[{ label: "Pain", colorVar: "--chart-1", values: records.map((r) => r.painScore), kind: "line" }]}
          thresholds={lines.painBelow === null ? [] : [{ value: lines.painBelow, colorVar: "--chart-2" }]}
          height={180}
        />
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch swatch-1" />
            Pain (mean of now, average, worst)
          </li>
          {lines.painBelow === null ? null : (
            <li>
              <span className="swatch swatch-2" />
              Real improvement below {lines.painBelow.toFixed(1)}
            </li>
          )}
        </ul>
      </section>
      <section className="card" aria-labelledby="outcome-activities-heading">
        <h2 id="outcome-activities-heading">Activities you find hard</h2>
        <p>
          {summary.activityChange?.words ?? "The change shows once an activity has been scored twice."}
          {summary.activityChange ? <span className="muted small"> (Maughan & Lewis 2010)</span> : null}
        </p>
        <Chart
          x={x}
          yLabel="Activities 0–10"
          yRange={range}
          series={[
            {
              label: "Activities",
              colorVar: "--chart-1",
              values: records.map((r) => r.activityScore),
              kind: "line",
            },
          ]}
          thresholds={lines.activitiesAbove === null ? [] : [{ value: lines.activitiesAbove, colorVar: "--chart-2" }]}
          height={180}
        />
        <ul className="chart-legend" aria-hidden="true">
          <li>
            <span className="swatch swatch-1" />
            Activities (mean score, 10 = as before)
          </li>
          {lines.activitiesAbove === null ? null : (
            <li>
              <span className="swatch swatch-2" />
              Real improvement above {lines.activitiesAbove.toFixed(1)}
            </li>
          )}
        </ul>
      </section>
      <section className="card" aria-labelledby="outcome-table-heading">
        <h2 id="outcome-table-heading">Every answer</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Pain now / avg / worst</th>
                <th scope="col">Activities</th>
                <th scope="col">Change since start</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.eventId}>
                  <th scope="row">
                    {timepointLabel(record.timepoint)}
                    <span className="muted small"> · {formatDay(record.localDate)}</span>
                  </th>
                  <td>
                    {record.nprs.now0to10} / {record.nprs.average0to10} / {record.nprs.worst0to10}
                  </td>
                  <td>{record.psfs.map((item) => `${item.activity} ${item.score0to10}`).join("; ")}</td>
                  <td>
                    {record.globalChange === null
                      ? "–"
                      : `${record.globalChange > 0 ? "+" : ""}${record.globalChange} ${globalChangeLabel(record.globalChange)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

import {
  defaultProtocol,
  formatDay,
  formatDistance,
  maintenanceDue,
  metersToUnit,
  type PlanPhase,
  surfaceRotation,
} from "@backstride/domain";
import { type ReactNode, useMemo } from "react";
import { useData } from "../app/data.tsx";
import { Chart, type ChartSeries } from "../components/Chart.tsx";
import { Page } from "../components/Page.tsx";
import { ProgressInsights } from "../components/ProgressInsights.tsx";
import { effectiveEvents } from "../lib/effective-runs.ts";
import { eventsOfType } from "../lib/latest-event.ts";
import { cadenceSeries, dayX, loadRuns, painSeries, sessionsPerWeek, weeklyLoad } from "../lib/progress-series.ts";
import { shoeViews } from "../lib/shoe-view.ts";

const weeksShown = 12;
const painRange: [number, number] = [0, 10];
const cadenceBand = [
  { value: defaultProtocol.cadence.targetMinStepsPerMinute, colorVar: "--chart-3" },
  { value: defaultProtocol.cadence.targetMaxStepsPerMinute, colorVar: "--chart-3" },
];

function Figure({
  id,
  title,
  summary,
  legend,
  table,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  legend: { label: string; swatch: string }[];
  table: { head: string[]; rows: (string | number)[][] };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      <p>{summary}</p>
      {children}
      <ul className="chart-legend" aria-hidden="true">
        {legend.map((item) => (
          <li key={item.label}>
            <span className={`swatch ${item.swatch}`} />
            {item.label}
          </li>
        ))}
      </ul>
      <details>
        <summary>Show as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={`${row[0]}-head`} scope="row">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table.
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

const show = (value: number | null) => (value === null ? "–" : String(value));

function maintenanceKindsFor(phase: PlanPhase): ("strength" | "mobility" | "massage")[] {
  if (phase === "maintenance") return ["strength", "mobility", "massage"];
  if (phase === "progression") return ["strength", "mobility"];
  return [];
}

/** Progress: pain over time, weekly distance against the 10% cap, cadence, adherence, shoes, maintenance. */
export default function ProgressScreen() {
  const { events: log, profile, today, shoes, plan } = useData();
  const unit = profile.distanceUnit;
  // Charts show the log as the runner left it: corrected runs as corrected, deleted entries gone.
  const events = useMemo(() => effectiveEvents(log), [log]);
  // The stop in force, which a coach may have changed, not the protocol's default.
  const stopLine = useMemo(() => [{ value: plan.stopThreshold0to10, colorVar: "--danger" }], [plan.stopThreshold0to10]);

  const pain = useMemo(() => painSeries(events), [events]);
  const painX = useMemo(() => pain.dates.map(dayX), [pain]);
  const painChart = useMemo<ChartSeries[]>(
    () => [
      { label: "During", colorVar: "--chart-1", values: pain.during, kind: "line" },
      { label: "After", colorVar: "--chart-2", values: pain.after, kind: "line" },
      { label: "Check-in", colorVar: "--chart-3", values: pain.checkIn, kind: "points" },
    ],
    [pain],
  );

  const load = useMemo(() => weeklyLoad(events, today, weeksShown), [events, today]);
  const loadX = useMemo(() => load.weekStarts.map(dayX), [load]);
  const loadChart = useMemo<ChartSeries[]>(
    () => [
      {
        label: `Distance (${unit})`,
        colorVar: "--chart-1",
        values: load.meters.map((m) => Math.round(metersToUnit(m, unit) * 10) / 10),
        kind: "bars",
      },
      {
        label: "10% cap",
        colorVar: "--danger",
        values: load.capMeters.map((m) => (m === null ? null : Math.round(metersToUnit(m, unit) * 10) / 10)),
        kind: "dashed",
      },
    ],
    [load, unit],
  );

  const cadence = useMemo(() => cadenceSeries(events), [events]);
  const cadenceX = useMemo(() => cadence.dates.map(dayX), [cadence]);
  const cadenceChart = useMemo<ChartSeries[]>(
    () => [{ label: "Cadence", colorVar: "--chart-1", values: cadence.stepsPerMinute, kind: "points" }],
    [cadence],
  );

  const cadenceRange = useMemo<[number, number]>(
    () => [Math.min(140, ...cadence.stepsPerMinute) - 5, Math.max(200, ...cadence.stepsPerMinute) + 5],
    [cadence],
  );

  const adherence = useMemo(() => sessionsPerWeek(events, today, weeksShown), [events, today]);
  const adherenceX = useMemo(() => adherence.weekStarts.map(dayX), [adherence]);
  const adherenceChart = useMemo<ChartSeries[]>(
    () => [{ label: "Sessions", colorVar: "--chart-1", values: adherence.sessions, kind: "bars" }],
    [adherence],
  );

  const sessions = eventsOfType(events, "session.completed");
  // Long-term habits start with week 4 (strength, mobility) and maintenance (the monthly massage);
  // before that the daily circuit covers them, so nothing is shown as "due".
  const maintenanceKinds = maintenanceKindsFor(plan.phase);
  const maintenance = maintenanceDue({
    sessions,
    today,
    rules: defaultProtocol.maintenance,
    include: maintenanceKinds,
  });
  const surfaces = surfaceRotation({ runs: loadRuns(events), today, rules: defaultProtocol.maintenance });
  const activeShoes = shoeViews({ shoes, events: log, unit, timeZone: profile.timeZone }).filter(
    (view) => view.shoe.retiredAt === null,
  );

  const lastIndex = pain.dates.length - 1;
  const thisWeek = load.meters[load.meters.length - 1] ?? 0;
  const thisCap = load.capMeters[load.capMeters.length - 1] ?? null;

  return (
    <Page title="Progress">
      <ProgressInsights />
      {pain.dates.length === 0 ? (
        <section className="card" aria-labelledby="pain-empty">
          <h2 id="pain-empty">Pain over time</h2>
          <p>No pain scores yet. Check in on Today, or after a session or run.</p>
        </section>
      ) : (
        <Figure
          id="pain-heading"
          title="Pain over time"
          summary={`Latest, ${formatDay(pain.dates[lastIndex] ?? today)}: during ${show(pain.during[lastIndex] ?? null)}, after ${show(pain.after[lastIndex] ?? null)}, check-in ${show(pain.checkIn[lastIndex] ?? null)}. At ${plan.stopThreshold0to10}/10, stop running.`}
          legend={[
            { label: "During", swatch: "swatch-1" },
            { label: "After", swatch: "swatch-2" },
            { label: "Check-in", swatch: "swatch-3" },
            { label: `Stop line ${plan.stopThreshold0to10}/10`, swatch: "swatch-danger" },
          ]}
          table={{
            head: ["Day", "During", "After", "Check-in"],
            rows: pain.dates.map((date, i) => [
              formatDay(date),
              show(pain.during[i] ?? null),
              show(pain.after[i] ?? null),
              show(pain.checkIn[i] ?? null),
            ]),
          }}
        >
          <Chart
            key={profile.theme}
            x={painX}
            series={painChart}
            yRange={painRange}
            yLabel="Pain 0–10"
            thresholds={stopLine}
          />
        </Figure>
      )}

      <Figure
        id="load-heading"
        title="Weekly distance"
        summary={`This week: ${formatDistance(thisWeek, unit)}${thisCap !== null ? ` of a ${formatDistance(thisCap, unit)} cap (last week + 10%)` : ""}.`}
        legend={[
          { label: `Distance (${unit})`, swatch: "swatch-1" },
          { label: "10% cap", swatch: "swatch-danger" },
        ]}
        table={{
          head: ["Week of", "Distance", "Cap"],
          rows: load.weekStarts.map((monday, i) => [
            formatDay(monday),
            formatDistance(load.meters[i] ?? 0, unit),
            load.capMeters[i] == null ? "–" : formatDistance(load.capMeters[i] ?? 0, unit),
          ]),
        }}
      >
        <Chart key={profile.theme} x={loadX} series={loadChart} yLabel={unit} />
      </Figure>

      {cadence.dates.length > 0 ? (
        <Figure
          id="cadence-heading"
          title="Cadence"
          summary={`Latest: ${cadence.stepsPerMinute[cadence.stepsPerMinute.length - 1]} steps a minute. Target 170–180.`}
          legend={[
            { label: "Cadence (steps a minute)", swatch: "swatch-1" },
            { label: "170–180 target", swatch: "swatch-3" },
          ]}
          table={{
            head: ["Day", "Steps a minute"],
            rows: cadence.dates.map((date, i) => [formatDay(date), cadence.stepsPerMinute[i] ?? "–"]),
          }}
        >
          <Chart
            key={profile.theme}
            x={cadenceX}
            series={cadenceChart}
            yRange={cadenceRange}
            yLabel="spm"
            thresholds={cadenceBand}
          />
        </Figure>
      ) : null}

      <p>
        <a className="button" href="#/form-check">
          Check your form from a video
        </a>
      </p>

      <Figure
        id="adherence-heading"
        title="Sessions done each week"
        summary={`This week: ${adherence.sessions[adherence.sessions.length - 1] ?? 0} sessions on ${adherence.activeDays[adherence.activeDays.length - 1] ?? 0} days.`}
        legend={[{ label: "Sessions", swatch: "swatch-1" }]}
        table={{
          head: ["Week of", "Sessions", "Days"],
          rows: adherence.weekStarts.map((monday, i) => [
            formatDay(monday),
            adherence.sessions[i] ?? 0,
            adherence.activeDays[i] ?? 0,
          ]),
        }}
      >
        <Chart key={profile.theme} x={adherenceX} series={adherenceChart} yLabel="sessions" />
      </Figure>

      <section className="card" aria-labelledby="shoes-heading">
        <h2 id="shoes-heading">Shoes</h2>
        {activeShoes.length === 0 ? <p>No shoes recorded.</p> : null}
        <ul className="plain-list">
          {activeShoes.map(({ shoe, distanceMeters, wear }) => (
            <li
              key={shoe.id}
              className={wear.status === "ok" ? "" : `flag flag-${wear.status === "replace" ? "urgent" : "warning"}`}
            >
              <p>
                <strong>{shoe.name}</strong>: {formatDistance(distanceMeters, unit)}
              </p>
              <p className="small">{wear.message}</p>
              {wear.notes.map((note) => (
                <p key={note.code} className="small muted">
                  {note.text}
                </p>
              ))}
            </li>
          ))}
        </ul>
        <a href="#/shoes">Manage shoes</a>
      </section>

      <section className="card" aria-labelledby="maintenance-heading">
        <h2 id="maintenance-heading">Maintenance checklist</h2>
        <ul className="plain-list checklist">
          {maintenanceKinds.length === 0 ? (
            <li>
              <strong>From week 4</strong>
              <span className="visually-hidden">:</span> strength twice a week and 10 minutes of mobility every day;
              once you are back to your usual running, a sports massage each month. Until then the daily circuit covers
              them.
            </li>
          ) : null}
          {maintenance.map((item) => (
            <li key={item.kind}>
              <strong>{item.doneToday ? "✓ Done today" : item.due ? "Due" : "Not yet"}</strong>
              <span className="visually-hidden">:</span> {item.text}
            </li>
          ))}
          <li>
            <strong>{surfaces.avoidConcreteToday ? "Today" : "Surfaces"}</strong>
            <span className="visually-hidden">:</span> {surfaces.text}
          </li>
        </ul>
      </section>
    </Page>
  );
}

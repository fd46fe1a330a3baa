import { formatDay } from "@backstride/domain";
import { useId, useMemo } from "react";
import { formTrend, trendSentence } from "../form-check/form-trend.ts";

/** Past form checks and how they moved; on the form-check screen and in the coach's view. */
export function FormCheckTrend({
  events,
  title = "Your form checks",
}: {
  events: readonly { type: string; localDate: string }[];
  title?: string;
}) {
  const id = useId();
  const rows = useMemo(() => formTrend(events), [events]);
  if (rows.length === 0) return null;
  const sentence = trendSentence(rows);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {sentence ? <p>{sentence}</p> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cadence</th>
            <th scope="col">Lean</th>
            <th scope="col">Overstride</th>
          </tr>
        </thead>
        <tbody>
          {[...rows].reverse().map((row) => (
            <tr key={row.eventId}>
              <td>{formatDay(row.localDate)}</td>
              <td>{Math.round(row.cadenceStepsPerMinute)}</td>
              <td>{row.trunkLeanDegrees === undefined ? "–" : `${Math.round(row.trunkLeanDegrees)}°`}</td>
              <td>
                {row.overstrideLegLengths !== undefined
                  ? `${Math.round(row.overstrideLegLengths * 100)}%`
                  : row.pelvicDropDegrees !== undefined
                    ? `hip drop ${Math.round(row.pelvicDropDegrees)}°`
                    : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { complianceDays, type DistanceUnit, defaultProtocol } from "@backstride/domain";
import { useMemo, useState } from "react";
import {
  type CalendarCell,
  calendarWeeks,
  formatLongDate,
  gridRange,
  legendStatuses,
  monthCounts,
  monthOf,
  monthTitle,
  shiftMonth,
  statusLooks,
} from "../lib/compliance-calendar.ts";
import { parseStoredEvents } from "../lib/stored-events.ts";
import "./roster.css";

const weekdayHeads = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

function DayDetail({ cell }: { cell: CalendarCell }) {
  return (
    <div className="calendar-detail" aria-live="polite">
      <h3>{formatLongDate(cell.date)}</h3>
      <p>
        <span aria-hidden="true" className={`calendar-chip calendar-${cell.status}`}>
          {cell.look.icon}
        </span>{" "}
        <strong>{cell.look.words}</strong>
        {cell.impactHeld && cell.status !== "no-impact" ? " · impact held off" : ""}
      </p>
      <dl className="calendar-facts">
        <dt>Planned</dt>
        <dd>{cell.planned.length > 0 ? cell.planned.join(", ") : "No training planned"}</dd>
        <dt>Done</dt>
        <dd>{cell.done.length > 0 ? cell.done.join(", ") : "Nothing of the plan"}</dd>
        <dt>Logged</dt>
        <dd>
          {cell.logged.length > 0 ? (
            <ul className="plain-list">
              {cell.logged.map((entry, index) => (
                // Two identical entries on one day are two rows; their text is all there is to key on.
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id here
                <li key={`${index}-${entry}`}>{entry}</li>
              ))}
            </ul>
          ) : (
            "Nothing"
          )}
        </dd>
        <dt>Highest pain</dt>
        <dd>{cell.maxPain0to10 === null ? "None reported" : `${cell.maxPain0to10}/10`}</dd>
      </dl>
    </div>
  );
}

/**
 * A month of the runner's days judged against their plan (the domain's complianceDays over the log the
 * coach's page already holds): done, partly done, missed, pain stop, rest, no impact; each day opens
 * what was planned and what happened.
 */
export function ComplianceCalendar({
  events,
  today,
  distanceUnit,
}: {
  events: readonly unknown[];
  today: string;
  /** The reader's unit, for the distances of logged runs. */
  distanceUnit: DistanceUnit;
}) {
  const log = useMemo(() => parseStoredEvents(events), [events]);
  const [month, setMonth] = useState(monthOf(today));
  const [selected, setSelected] = useState<string>(today);
  const weeks = useMemo(() => {
    const { from, to } = gridRange(month);
    const days = complianceDays({ events: log, protocol: defaultProtocol, from, to, today, distanceUnit });
    return calendarWeeks({ month, days, today });
  }, [log, month, today, distanceUnit]);
  const cell = weeks.flat().find((item) => item.date === selected) ?? null;

  return (
    <section className="card calendar-card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Compliance calendar</h2>
      <div className="calendar-nav">
        <button type="button" className="button" onClick={() => setMonth(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹</span> Previous month
        </button>
        <h3 aria-live="polite">{monthTitle(month)}</h3>
        <button
          type="button"
          className="button"
          onClick={() => setMonth(shiftMonth(month, 1))}
          disabled={month >= monthOf(today)}
        >
          Next month <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="calendar-grid">
        <caption className="visually-hidden">
          {monthTitle(month)}: each day planned against done. Choose a day to see what was planned and what happened.
        </caption>
        <thead>
          <tr>
            {weekdayHeads.map((head) => (
              <th key={head} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day) => (
                <td key={day.date}>
                  <button
                    type="button"
                    className={`calendar-day calendar-${day.status}${day.inMonth ? "" : " calendar-outside"}`}
                    data-status={day.status}
                    aria-label={day.label}
                    aria-pressed={day.date === selected}
                    onClick={() => setSelected(day.date)}
                  >
                    <span className="calendar-number">{day.dayOfMonth}</span>
                    <span className="calendar-icon" aria-hidden="true">
                      {day.look.icon}
                    </span>
                  </button>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{monthCounts(weeks)}</p>
      <ul className="calendar-legend" aria-label="Key">
        {legendStatuses.map((status) => (
          <li key={status}>
            <span aria-hidden="true" className={`calendar-chip calendar-${status}`}>
              {statusLooks[status].icon}
            </span>{" "}
            {statusLooks[status].words}
          </li>
        ))}
      </ul>
      {cell ? <DayDetail cell={cell} /> : null}
    </section>
  );
}

import type { Athlete } from "../lib/api-types.ts";
import {
  adherenceWords,
  compactActivityWords,
  compactPainWords,
  lastActivityWords,
  lastPainWords,
  openFlagWords,
  phaseWeekWords,
} from "../lib/roster-view.ts";
import { PainSparkline } from "./PainSparkline.tsx";
import "./roster.css";

const hrefOf = (athlete: Athlete) => `#/coach/${encodeURIComponent(athlete.runnerId)}`;

function GroupTags({ athlete, groupNames }: { athlete: Athlete; groupNames: Map<string, string> }) {
  const names = athlete.groupIds.map((id) => groupNames.get(id)).filter((name): name is string => Boolean(name));
  if (names.length === 0) return null;
  return (
    <span className="tags">
      {names.map((name) => (
        <span key={name} className="tag">
          {name}
        </span>
      ))}
    </span>
  );
}

function Reasons({ athlete }: { athlete: Athlete }) {
  const reasons = athlete.attention?.reasons ?? [];
  if (reasons.length === 0) return <span className="muted">Nothing needs a look</span>;
  return (
    <ul className="roster-reasons">
      {reasons.map((reason) => (
        <li key={reason} className={reason.startsWith("Red flag") ? "roster-reason-danger" : undefined}>
          {reason}
        </li>
      ))}
    </ul>
  );
}

function Flags({ athlete }: { athlete: Athlete }) {
  const flags = openFlagWords(athlete);
  if (flags.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="roster-reasons">
      {flags.map((flag) => (
        <li key={flag}>{flag}</li>
      ))}
    </ul>
  );
}

/** Desktop: one row per runner, every column a coach scans in the morning. */
export function RosterTable({
  athletes,
  groupNames,
  caption,
}: {
  athletes: readonly Athlete[];
  groupNames: Map<string, string>;
  caption: string;
}) {
  return (
    <div className="roster-table-wrap">
      <table className="roster-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Runner</th>
            <th scope="col">Phase</th>
            <th scope="col">Last pain, 14 days</th>
            <th scope="col">Adherence 7 / 28 days</th>
            <th scope="col">Open flags</th>
            <th scope="col">Last activity</th>
            <th scope="col">Unread</th>
            <th scope="col">Why here</th>
          </tr>
        </thead>
        <tbody>
          {athletes.map((athlete) => (
            <tr key={athlete.runnerId} className={athlete.attention?.openRedFlag ? "roster-row-danger" : undefined}>
              <th scope="row">
                <a href={hrefOf(athlete)}>{athlete.name}</a>
                <GroupTags athlete={athlete} groupNames={groupNames} />
              </th>
              <td>{phaseWeekWords(athlete)}</td>
              <td>
                <span className="roster-pain">
                  <span>{lastPainWords(athlete.attention)}</span>
                  <PainSparkline values={athlete.painSparkline} today={athlete.today} />
                </span>
              </td>
              <td>
                <span className="roster-adherence">
                  <span>7 d: {adherenceWords(athlete.adherence7)}</span>
                  <span className="muted">28 d: {adherenceWords(athlete.adherence28)}</span>
                </span>
              </td>
              <td>
                <Flags athlete={athlete} />
              </td>
              <td>{lastActivityWords(athlete.lastActivityDate, athlete.today)}</td>
              <td>{athlete.unreadMessages > 0 ? <strong>{athlete.unreadMessages}</strong> : "0"}</td>
              <td>
                <Reasons athlete={athlete} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phones: one compact card per runner, the name a 44 px link, the reasons under it. */
export function RosterList({
  athletes,
  groupNames,
  label,
}: {
  athletes: readonly Athlete[];
  groupNames: Map<string, string>;
  label: string;
}) {
  return (
    <ul className="plain-list roster-list" aria-label={label}>
      {athletes.map((athlete) => (
        <li
          key={athlete.runnerId}
          className={athlete.attention?.openRedFlag ? "roster-item roster-row-danger" : "roster-item"}
        >
          <a className="row-link" href={hrefOf(athlete)}>
            <span>
              <strong>{athlete.name}</strong>
              {athlete.unreadMessages > 0 ? <span className="tag">{athlete.unreadMessages} unread</span> : null}
              <GroupTags athlete={athlete} groupNames={groupNames} />
              <span className="muted small roster-item-line">
                {phaseWeekWords(athlete)} · {compactPainWords(athlete.attention)}
              </span>
              <span className="muted small roster-item-line">
                7 days: {adherenceWords(athlete.adherence7)} ·{" "}
                {compactActivityWords(athlete.lastActivityDate, athlete.today)}
              </span>
            </span>
            <span aria-hidden="true">›</span>
          </a>
          <span className="roster-item-extra">
            <PainSparkline values={athlete.painSparkline} today={athlete.today} />
            <Reasons athlete={athlete} />
          </span>
        </li>
      ))}
    </ul>
  );
}

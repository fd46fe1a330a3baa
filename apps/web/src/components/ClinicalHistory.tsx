import type { ClinicalHistoryEntry } from "@backstride/domain";
import { useId } from "react";
import { historyRows } from "../lib/clinical-history.ts";

/**
 * The clinical history (red flags raised, all-clears with who and when, visits, no-improvement
 * alerts), oldest first. Shared by the runner's clearance screen and the coach's view of a runner, so
 * both read the same record.
 */
export function ClinicalHistory({
  history,
  title = "Clinical history",
  headingLevel = 2,
  emptyText = "No warning signs or clinician visits recorded yet.",
}: {
  history: readonly ClinicalHistoryEntry[];
  title?: string;
  headingLevel?: 2 | 3;
  emptyText?: string;
}) {
  const id = useId();
  const rows = historyRows(history);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const ItemHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {rows.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="plain-list">
          {rows.map((row) => (
            <li key={row.key} className={`flag flag-${row.tone}`}>
              <ItemHeading>
                {row.kindLabel}: {row.title}
              </ItemHeading>
              <p className="small">{row.date}</p>
              {row.detail ? <p>{row.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

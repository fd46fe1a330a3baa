import type { ClinicalHistoryEntry } from "@backstride/domain";
import { formatDayWithYear } from "@backstride/domain";

const kindLabels: Record<ClinicalHistoryEntry["kind"], string> = {
  "red-flag": "Warning sign raised",
  clearance: "All-clear recorded",
  visit: "Clinician visit",
  "no-improvement": "No better in 2 weeks",
};

export interface HistoryRow {
  key: string;
  /** "Tue 3 Mar 2026": a record read months later needs its year. */
  date: string;
  kindLabel: string;
  title: string;
  detail: string;
  /** Which existing `.flag-*` colour it takes: raised flags by level, clearances and visits as settled. */
  tone: "emergency" | "urgent" | "soon" | "ok";
}

function toneOf(entry: ClinicalHistoryEntry): HistoryRow["tone"] {
  if (entry.kind === "clearance" || entry.kind === "visit") return "ok";
  if (entry.kind === "no-improvement") return "soon";
  return entry.level === "none" ? "soon" : entry.level;
}

/** The plan's history (oldest first) as the rows the runner and their coach read, in the same order. */
export function historyRows(history: readonly ClinicalHistoryEntry[]): HistoryRow[] {
  return history.map((entry, index) => ({
    key: `${index}:${entry.kind}:${entry.localDate}`,
    date: formatDayWithYear(entry.localDate),
    kindLabel: kindLabels[entry.kind],
    title: entry.title,
    detail: entry.detail,
    tone: toneOf(entry),
  }));
}

import { addDays, diffDays, formatDay, type LocalDate } from "@backstride/domain";
import type { Athlete } from "./api-types.ts";
import { phaseWord } from "./coaching.ts";

/**
 * The coach's roster as words and numbers for the table (desktop) and the list (phones): filters,
 * sorts, the query the server pages with, adherence, the 14-day pain line, last activity and groups.
 * The server ranks, filters, sorts and pages; this only says what it sent.
 */

export type RosterFilter = NonNullable<Athlete["attention"]>["matches"][number];
export type RosterSort = "attention" | "name" | "pain" | "adherence" | "activity";

/** The six filters a coach asks of the list, in the issue's order, with the words on their buttons. */
export const rosterFilterOptions: readonly { value: RosterFilter; label: string }[] = [
  { value: "needs-attention", label: "Needs attention" },
  { value: "red-flag", label: "Red flag" },
  { value: "no-checkin-3-days", label: "No check-in for 3 days" },
  { value: "missed-3-sessions", label: "Missed 3 sessions" },
  { value: "pain-at-stop", label: "Pain at the stop" },
  { value: "measures-due", label: "Measures due" },
];

export const rosterSortOptions: readonly { value: RosterSort; label: string }[] = [
  { value: "attention", label: "Needs a look first" },
  { value: "name", label: "Name" },
  { value: "pain", label: "Highest last pain" },
  { value: "adherence", label: "Lowest adherence (7 days)" },
  { value: "activity", label: "Longest since last activity" },
];

/** Rows per page: the server sorts and filters all runners; the page keeps the table quick to read. */
export const rosterPageSize = 50;

export interface RosterQuery {
  filter: RosterFilter | null;
  q: string;
  groupId: string | null;
  sort: RosterSort;
  offset: number;
}

export const initialRosterQuery: RosterQuery = { filter: null, q: "", groupId: null, sort: "attention", offset: 0 };

/** The GET /api/athletes query string for a roster query (empty parts left out). */
export function rosterQueryString(query: RosterQuery, limit = rosterPageSize): string {
  const params = new URLSearchParams();
  if (query.filter) params.set("filter", query.filter);
  const q = query.q.trim();
  if (q !== "") params.set("q", q.slice(0, 100));
  if (query.groupId) params.set("groupId", query.groupId);
  if (query.sort !== "attention") params.set("sort", query.sort);
  params.set("limit", String(limit));
  if (query.offset > 0) params.set("offset", String(query.offset));
  return `?${params.toString()}`;
}

/** "Showing 51–100 of 480": where this page sits among the runners that match. */
export function pageWords(page: { offset: number; shown: number; matching: number }): string {
  if (page.matching === 0 || page.shown === 0) return "No runner matches.";
  if (page.shown === page.matching) return page.matching === 1 ? "1 runner" : `${page.matching} runners`;
  return `Showing ${page.offset + 1}–${page.offset + page.shown} of ${page.matching}`;
}

/** "Rebuild, week 2": the phase and week, or that no plan exists yet. */
export function phaseWeekWords(athlete: Pick<Athlete, "phase" | "week">): string {
  if (athlete.phase === null) return "No plan yet";
  return `${phaseWord(athlete.phase)}${athlete.week !== null ? `, week ${athlete.week}` : ""}`;
}

/** "3 of 4 (75%)"; "Nothing planned" when the window held no training. */
export function adherenceWords(adherence: Athlete["adherence7"]): string {
  if (!adherence || adherence.planned === 0) return "Nothing planned";
  const share = adherence.share ?? adherence.done / adherence.planned;
  return `${adherence.done} of ${adherence.planned} (${Math.round(share * 100)}%)`;
}

/** "Today", "Yesterday", "5 days ago" (with the date for a screen reader's title), or "None yet". */
export function lastActivityWords(date: LocalDate | null, today: LocalDate): string {
  if (date === null) return "None yet";
  const days = diffDays(date, today);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  return `${days} days ago`;
}

/**
 * The phone list's words for pain and activity: "Last pain 5/10 on Mon 9 Mar", "Last activity
 * yesterday", or "No pain score yet", "No activity yet" (a label before "No ..." would read twice).
 */
export function compactPainWords(attention: Athlete["attention"]): string {
  return attention?.lastPain0to10 == null ? "No pain score yet" : `Last pain ${lastPainWords(attention)}`;
}

export function compactActivityWords(date: LocalDate | null, today: LocalDate): string {
  return date === null ? "No activity yet" : `Last activity ${lastActivityWords(date, today).toLowerCase()}`;
}

/** "5/10 on Mon 9 Mar" or "No pain score yet". */
export function lastPainWords(attention: Athlete["attention"]): string {
  if (!attention || attention.lastPain0to10 === null) return "No pain score yet";
  return `${attention.lastPain0to10}/10${attention.lastPainDate ? ` on ${formatDay(attention.lastPainDate)}` : ""}`;
}

export interface SparklineShape {
  /** One polyline per unbroken run of days with a pain score (a day without one breaks the line). */
  segments: string[];
  /** Dots for every day with a score, so a lone day still shows. */
  dots: { x: number; y: number; pain0to10: number }[];
}

/**
 * The 14-day pain line as SVG coordinates in a width x height box: x by day (oldest left), y by pain
 * (0 at the bottom, 10 at the top). Days with no score leave a gap rather than a fake zero.
 */
export function sparklineShape(values: readonly (number | null)[], width: number, height: number): SparklineShape {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const pad = 2;
  const yOf = (pain: number) => Math.round((pad + ((10 - pain) / 10) * (height - 2 * pad)) * 10) / 10;
  const segments: string[] = [];
  const dots: SparklineShape["dots"] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    const x = Math.round(index * step * 10) / 10;
    if (value === null) {
      if (current.length > 1) segments.push(current.join(" "));
      current = [];
      return;
    }
    const y = yOf(value);
    current.push(`${x},${y}`);
    dots.push({ x, y, pain0to10: value });
  });
  if (current.length > 1) segments.push(current.join(" "));
  return { segments, dots };
}

/** What the sparkline shows, in words, for screen readers and for anyone who cannot read the line. */
export function sparklineWords(values: readonly (number | null)[], today: LocalDate): string {
  const scored = values
    .map((pain, index) => ({ pain, date: addDays(today, index - (values.length - 1)) }))
    .filter((day): day is { pain: number; date: LocalDate } => day.pain !== null);
  if (scored.length === 0) return "No pain scores in the last 14 days";
  const highest = Math.max(...scored.map((day) => day.pain));
  const days = scored.length === 1 ? "1 day" : `${scored.length} days`;
  return `Pain on ${days} of the last 14: highest ${highest}/10`;
}

/** "Red flag (urgent): Fever" first, then the plan's other open flags, as short lines. */
export function openFlagWords(athlete: Pick<Athlete, "openFlags">): string[] {
  return athlete.openFlags.map((flag) => flag.title);
}

export interface GroupDraft {
  id: string;
  name: string;
  runnerIds: string[];
}

/** The problem with a group as typed, in plain words, or null when it can be saved. */
export function groupDraftProblem(draft: GroupDraft): string | null {
  const name = draft.name.trim();
  if (name === "") return "Give the group a name, like Tuesday group.";
  if (name.length > 60) return "Keep the name under 60 characters.";
  return null;
}

/** Adds or removes one runner from a draft group, keeping the order the coach ticked them in. */
export function toggleMember(draft: GroupDraft, runnerId: string): GroupDraft {
  return draft.runnerIds.includes(runnerId)
    ? { ...draft, runnerIds: draft.runnerIds.filter((id) => id !== runnerId) }
    : { ...draft, runnerIds: [...draft.runnerIds, runnerId] };
}

/** "Sent to 3 runners." after a group message; who could not get it is left out by the server. */
export function groupSentWords(sentTo: number): string {
  if (sentTo === 0) return "Nobody in this group can get messages from you now.";
  return sentTo === 1 ? "Sent to 1 runner." : `Sent to ${sentTo} runners.`;
}

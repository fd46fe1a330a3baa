import type { LocalDate } from "@backstride/domain";
import { type Attention, attentionFor, type RosterFilter, rosterNumbers, unreadMessagesScore } from "./attention.ts";
import type { RunnerSummary } from "./runner-summary.ts";

/**
 * One runner's roster line as of the summary's own date, before unread messages: what the roster shows,
 * stored beside the summary so a roster view parses a few hundred bytes per runner of its page, never
 * the 28 judged days (docs/decisions/roster-summary.md).
 */
export interface RosterLineBody {
  attention: Attention;
  phase: RunnerSummary["phase"];
  state: string;
  stateReason: string;
  week: number | null;
  runningAllowed: boolean;
  stopThreshold0to10: number;
  openFlags: RunnerSummary["flags"];
  adherence7: { planned: number; done: number; share: number | null };
  adherence28: { planned: number; done: number; share: number | null };
  painSparkline: (number | null)[];
  lastActivityDate: LocalDate | null;
}

/** The columns the database sorts and filters the roster by, from the same line. */
export interface RosterColumns {
  attentionScore: number;
  /** "|needs-attention|red-flag|": one LIKE per filter in either database. */
  attentionMatches: string;
  lastPain0to10: number | null;
  adherence7Share: number | null;
}

export function rosterLineOf(summary: RunnerSummary): { line: RosterLineBody; columns: RosterColumns } {
  const today = summary.asOf;
  const attention = attentionFor({ summary, today, unreadMessages: 0 });
  const numbers = rosterNumbers(summary, today);
  return {
    line: {
      attention,
      phase: summary.phase,
      state: summary.state,
      stateReason: summary.stateReason,
      week: summary.week,
      runningAllowed: summary.runningAllowed,
      stopThreshold0to10: summary.stopThreshold0to10,
      openFlags: summary.flags,
      adherence7: numbers.adherence7,
      adherence28: numbers.adherence28,
      painSparkline: numbers.painSparkline,
      lastActivityDate: summary.lastActivityDate,
    },
    columns: {
      attentionScore: attention.score,
      attentionMatches: matchesColumn(attention.matches),
      lastPain0to10: attention.lastPain0to10,
      adherence7Share: numbers.adherence7.share,
    },
  };
}

export function matchesColumn(matches: readonly RosterFilter[]): string {
  return `|${matches.map((match) => `${match}|`).join("")}`;
}

/**
 * A stored attention with the coach's unread messages added, exactly as attentionFor would have said
 * with them: the score, and the reason in its place (after going quiet, before measures due). Unread
 * counts are the coach's, read with the roster, so they are never stored in the runner's line.
 */
export function withUnread(attention: Attention, unreadMessages: number): Attention {
  if (unreadMessages <= 0) return attention;
  const reason = unreadMessages === 1 ? "1 unread message" : `${unreadMessages} unread messages`;
  const reasons = [...attention.reasons];
  const measuresAt = attention.measuresDue ? reasons.length - 1 : reasons.length;
  reasons.splice(measuresAt, 0, reason);
  return { ...attention, score: attention.score + unreadMessagesScore, reasons };
}

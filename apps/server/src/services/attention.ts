import { addDays, adherenceOver, diffDays, formatDayWithYear, isoWeekStart, type LocalDate } from "@backstride/domain";
import type { RunnerSummary } from "./runner-summary.ts";

/** The roster's filters (issue 11): each a plain question a coach asks of the list. */
export const rosterFilters = [
  "needs-attention",
  "red-flag",
  "no-checkin-3-days",
  "missed-3-sessions",
  "pain-at-stop",
  "measures-due",
] as const;
export type RosterFilter = (typeof rosterFilters)[number];

/** What unread messages from the runner add to the attention score (once, however many). */
export const unreadMessagesScore = 15;

export interface Attention {
  /** Higher = look first. */
  score: number;
  openRedFlag: "emergency" | "urgent" | "soon" | null;
  lastPain0to10: number | null;
  lastPainDate: LocalDate | null;
  painTrend: "rising" | "falling" | "steady" | null;
  loadJumpShare: number | null;
  daysSinceLastActivity: number | null;
  daysSinceCheckin: number | null;
  /** Planned sessions of the last 7 finished days not done. */
  missedSessions7: number;
  painAtStop: boolean;
  measuresDue: boolean;
  /** Plain words for each item that raised the score, most serious first. */
  reasons: string[];
  /** Which filters this runner matches. */
  matches: RosterFilter[];
}

export interface RosterNumbers {
  adherence7: { planned: number; done: number; share: number | null };
  adherence28: { planned: number; done: number; share: number | null };
  /** Highest pain of each of the last 14 days up to today, oldest first (null = none reported). */
  painSparkline: (number | null)[];
}

const redFlagWeight = { emergency: 1000, urgent: 500, soon: 200 } as const;
const noCheckinDays = 3;
const missedSessionsAlert = 3;
const maxWeeklyIncreaseShare = 0.1;

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * How much a runner needs their coach's eyes today, from the stored summary and today's date only
 * (no log is read): red flag first, then pain at the stop in the last 7 days, rising pain (2 points
 * or 30%: a clinically important change), a weekly load over the 10% cap, missed sessions, going quiet,
 * unread messages and measures due. Days after the summary's date hold no entries (a new entry
 * rewrites it), so they count as no pain and nothing done; they are never counted as missed.
 */
export function attentionFor(input: { summary: RunnerSummary; today: LocalDate; unreadMessages: number }): Attention {
  const { summary, today, unreadMessages } = input;
  const reasons: string[] = [];
  const matches: RosterFilter[] = [];
  let score = 0;

  const openRedFlag = summary.redFlag?.level ?? null;
  if (summary.redFlag) {
    score += redFlagWeight[summary.redFlag.level];
    reasons.push(`Red flag (${summary.redFlag.level}): ${summary.redFlag.title}`);
    matches.push("red-flag");
  }

  const lastPain = summary.lastPain;
  const painAtStop =
    lastPain !== null && lastPain.pain0to10 >= summary.stopThreshold0to10 && diffDays(lastPain.date, today) < 7;
  if (painAtStop && lastPain) {
    score += 150;
    reasons.push(
      `Pain ${lastPain.pain0to10}/10 on ${formatDayWithYear(lastPain.date)}, at or above the ${summary.stopThreshold0to10}/10 stop`,
    );
    matches.push("pain-at-stop");
  }

  const recent: number[] = [];
  const before: number[] = [];
  for (const day of summary.days) {
    if (day.maxPain0to10 === null) continue;
    const age = diffDays(day.date, today);
    if (age >= 0 && age < 7) recent.push(day.maxPain0to10);
    else if (age >= 7 && age < 14) before.push(day.maxPain0to10);
  }
  const recentAverage = average(recent);
  const beforeAverage = average(before);
  let painTrend: Attention["painTrend"] = null;
  if (recentAverage !== null && beforeAverage !== null) {
    const change = recentAverage - beforeAverage;
    const important = Math.abs(change) >= 2 || (beforeAverage > 0 && Math.abs(change) / beforeAverage >= 0.3);
    painTrend = !important ? "steady" : change > 0 ? "rising" : "falling";
  }
  if (painTrend === "rising") {
    score += 100;
    reasons.push(
      `Pain rising: ${recentAverage?.toFixed(1)}/10 on average this week, ${beforeAverage?.toFixed(1)}/10 the week before`,
    );
  }

  const { load } = summary;
  let loadJumpShare: number | null = null;
  if (
    // The week's distance is only this week's while the summary's week is still this week.
    load.weekStart === isoWeekStart(today) &&
    load.lastWeekMeters > 0 &&
    load.thisWeekMeters > load.lastWeekMeters * (1 + maxWeeklyIncreaseShare)
  ) {
    loadJumpShare = load.thisWeekMeters / load.lastWeekMeters - 1;
    score += 80;
    reasons.push(`Weekly distance up ${Math.round(loadJumpShare * 100)}% on last week`);
  }

  const missedSessions7 = adherenceOver({ days: summary.days, today, windowDays: 7 }).missed;
  if (missedSessions7 >= missedSessionsAlert) {
    score += 40 + missedSessions7;
    reasons.push(`${missedSessions7} planned sessions missed in the last 7 days`);
    matches.push("missed-3-sessions");
  }

  const daysSinceCheckin = summary.lastCheckinDate === null ? null : diffDays(summary.lastCheckinDate, today);
  if (daysSinceCheckin === null || daysSinceCheckin >= noCheckinDays) {
    score += 20;
    reasons.push(daysSinceCheckin === null ? "No daily check-in yet" : `No check-in for ${daysSinceCheckin} days`);
    matches.push("no-checkin-3-days");
  }

  const daysSinceLastActivity = summary.lastActivityDate === null ? null : diffDays(summary.lastActivityDate, today);
  if (daysSinceLastActivity !== null && daysSinceLastActivity > 7) {
    score += 10 + Math.min(daysSinceLastActivity, 30);
    reasons.push(`No run or session for ${daysSinceLastActivity} days`);
  }

  if (unreadMessages > 0) {
    score += unreadMessagesScore;
    reasons.push(unreadMessages === 1 ? "1 unread message" : `${unreadMessages} unread messages`);
  }

  const { dueDate, nextOpensOn } = summary.measures;
  const measuresDue = dueDate !== null || (nextOpensOn !== null && nextOpensOn <= today);
  if (measuresDue) {
    score += 5;
    reasons.push(dueDate ? `Outcome measures due since ${formatDayWithYear(dueDate)}` : "Outcome measures due");
    matches.push("measures-due");
  }

  if (
    score > 0 &&
    (openRedFlag ||
      painAtStop ||
      painTrend === "rising" ||
      loadJumpShare !== null ||
      missedSessions7 >= missedSessionsAlert)
  ) {
    matches.unshift("needs-attention");
  }

  return {
    score,
    openRedFlag,
    lastPain0to10: lastPain?.pain0to10 ?? null,
    lastPainDate: lastPain?.date ?? null,
    painTrend,
    loadJumpShare,
    daysSinceLastActivity,
    daysSinceCheckin,
    missedSessions7,
    painAtStop,
    measuresDue,
    reasons,
    matches,
  };
}

export function rosterNumbers(summary: RunnerSummary, today: LocalDate): RosterNumbers {
  const { days } = summary;
  const pick = ({ planned, done, share }: { planned: number; done: number; share: number | null }) => ({
    planned,
    done,
    share,
  });
  const byDate = new Map(summary.days.map((day) => [day.date, day.maxPain0to10]));
  const painSparkline: (number | null)[] = [];
  for (let offset = 13; offset >= 0; offset -= 1) painSparkline.push(byDate.get(addDays(today, -offset)) ?? null);
  return {
    adherence7: pick(adherenceOver({ days, today, windowDays: 7 })),
    adherence28: pick(adherenceOver({ days, today, windowDays: 28 })),
    painSparkline,
  };
}

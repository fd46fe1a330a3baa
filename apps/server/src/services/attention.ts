import type { BackstrideEvent, LocalDate, PlanState } from "@backstride/domain";
import { diffDays } from "@backstride/domain";

export interface Attention {
  score: number;
  openRedFlag: "emergency" | "urgent" | "soon" | null;
  lastPain0to10: number | null;
  lastPainDate: string | null;
  painTrend: "rising" | "falling" | "steady" | null;
  loadJumpShare: number | null;
  daysSinceLastActivity: number | null;
  reasons: string[];
}

function painsOf(event: BackstrideEvent): number[] {
  switch (event.type) {
    case "pain.checkin":
    case "flare-up.reported":
      return [event.pain0to10];
    case "run.logged":
    case "session.completed":
      return [event.painDuring0to10, event.painAfter0to10].filter((pain): pain is number => pain !== undefined);
    default:
      return [];
  }
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

const redFlagWeight = { emergency: 1000, urgent: 500, soon: 200 } as const;

/**
 * How much a runner needs their coach's eyes today. The plan decides red flags and load (the domain's
 * rules); this only ranks: red flag first, then rising pain (2 points or 30%: a clinically important
 * change), a weekly load over the 10% cap, recent pain at the stop threshold, and going quiet.
 */
export function attentionFor(input: {
  /** Every event of the runner. */
  events: readonly BackstrideEvent[];
  /** The runner's plan today (gives the open red flag and this/last week's distance). */
  plan: PlanState;
  today: LocalDate;
  /** Pain at or above this stops a run (protocol). */
  stopThreshold0to10: number;
  /** Weekly growth allowed (protocol, 0.10). */
  maxWeeklyIncreaseShare: number;
}): Attention {
  const { events, plan, today } = input;
  const reasons: string[] = [];
  let score = 0;
  const openRedFlag = plan.redFlag && plan.redFlag.level !== "none" ? plan.redFlag.level : null;
  if (openRedFlag) {
    score += redFlagWeight[openRedFlag];
    reasons.push(`Open red flag (${openRedFlag}): ${plan.redFlag?.title ?? ""}`.trim());
  }

  let lastPain: { date: string; pain: number } | null = null;
  const recent: number[] = [];
  const before: number[] = [];
  let lastActivity: string | null = null;
  for (const event of events) {
    const pains = painsOf(event);
    if (pains.length > 0) {
      const pain = Math.max(...pains);
      if (!lastPain || event.localDate >= lastPain.date) lastPain = { date: event.localDate, pain };
      const age = diffDays(event.localDate, today);
      if (age >= 0 && age < 7) recent.push(pain);
      else if (age >= 7 && age < 14) before.push(pain);
    }
    if (
      (event.type === "run.logged" || event.type === "session.completed") &&
      (!lastActivity || event.localDate > lastActivity)
    ) {
      lastActivity = event.localDate;
    }
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
      `Pain rising: average ${recentAverage?.toFixed(1)}/10 this week, ${beforeAverage?.toFixed(1)}/10 the week before`,
    );
  }
  if (lastPain && lastPain.pain >= input.stopThreshold0to10 && diffDays(lastPain.date, today) < 7) {
    score += 50;
    reasons.push(`Pain ${lastPain.pain}/10 on ${lastPain.date}`);
  }

  const { thisWeekMeters, lastWeekMeters } = plan.load;
  let loadJumpShare: number | null = null;
  if (lastWeekMeters > 0 && thisWeekMeters > lastWeekMeters * (1 + input.maxWeeklyIncreaseShare)) {
    loadJumpShare = thisWeekMeters / lastWeekMeters - 1;
    score += 80;
    reasons.push(`Weekly distance up ${Math.round(loadJumpShare * 100)}% on last week`);
  }

  const daysSinceLastActivity = lastActivity === null ? null : diffDays(lastActivity, today);
  if (daysSinceLastActivity !== null && daysSinceLastActivity > 7) {
    score += 10 + Math.min(daysSinceLastActivity, 30);
    reasons.push(`No run or session for ${daysSinceLastActivity} days`);
  }

  return {
    score,
    openRedFlag,
    lastPain0to10: lastPain?.pain ?? null,
    lastPainDate: lastPain?.date ?? null,
    painTrend,
    loadJumpShare,
    daysSinceLastActivity,
    reasons,
  };
}

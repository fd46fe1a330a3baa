import type { PlanDay } from "@backstride/domain";

/**
 * What a day of "This week" holds, in words that stand on their own: a no-impact day says so in text
 * (not only in colour), unless its summary already does ("Rest from running", "Relief", "No running…").
 */
export function weekDayWords(day: Pick<PlanDay, "summary" | "impactAllowed">): string {
  if (day.impactAllowed) return day.summary;
  if (/no running|rest from running|relief|no impact/i.test(day.summary)) return day.summary;
  return `${day.summary} · no running`;
}

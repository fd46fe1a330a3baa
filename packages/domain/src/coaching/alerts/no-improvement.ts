import type { AlertCandidate, AlertSnapshot } from "./alert-types.ts";

/** "No better after 2 weeks" newly in the clinical history (improvement under 2 points or 30%). */
export function noImprovementAlerts(input: { before: AlertSnapshot | null; after: AlertSnapshot }): AlertCandidate[] {
  if (!input.before) return [];
  const known = new Set(input.before.noImprovement.map((entry) => entry.localDate));
  return input.after.noImprovement
    .filter((entry) => !known.has(entry.localDate))
    .map((entry) => ({
      rule: "no-improvement",
      key: `no-improvement:${entry.localDate}`,
      level: "warning",
      title: "No better after 2 weeks",
      detail: entry.detail || entry.title,
      localDate: entry.localDate,
    }));
}

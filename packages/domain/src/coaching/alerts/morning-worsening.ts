import type { AlertCandidate, AlertSnapshot } from "./alert-types.ts";

const morningWorseCodes = ["no-running-morning-worse", "morning-worse"];

/** The next-morning check came back worse than the evening before: the engine's own verdict, newly in force. */
export function morningWorseAlerts(input: { before: AlertSnapshot | null; after: AlertSnapshot }): AlertCandidate[] {
  if (!input.before) return [];
  const before = new Set(input.before.reasonCodes);
  const code = morningWorseCodes.find(
    (candidate) => input.after.reasonCodes.includes(candidate) && !before.has(candidate),
  );
  if (!code) return [];
  return [
    {
      rule: "morning-worse",
      key: `morning-worse:${input.after.today}`,
      level: "warning",
      title: "Worse the morning after a session",
      detail: input.after.reasonTexts[code] ?? "The back felt worse the morning after an impact session.",
      localDate: input.after.today,
    },
  ];
}

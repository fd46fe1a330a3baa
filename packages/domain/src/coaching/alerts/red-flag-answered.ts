import type { AlertCandidate, AlertSnapshot } from "./alert-types.ts";

/** A red flag that is open now and was not before (answered at onboarding, a flare-up, new leg symptoms). */
export function redFlagAlerts(input: {
  /** The runner's plan before the new events; null the first time (nothing to compare). */
  before: AlertSnapshot | null;
  after: AlertSnapshot;
}): AlertCandidate[] {
  const known = new Set((input.before?.redFlags ?? []).map((flag) => `${flag.id}:${flag.level}`));
  return input.after.redFlags
    .filter((flag) => !known.has(`${flag.id}:${flag.level}`))
    .map((flag) => ({
      rule: "red-flag",
      key: `red-flag:${flag.id}:${flag.level}`,
      level: flag.level === "soon" ? "warning" : flag.level,
      title: `Red flag (${flag.level}): ${flag.title}`,
      detail: flag.text,
      localDate: flag.since,
    }));
}

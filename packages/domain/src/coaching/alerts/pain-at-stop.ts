import { formatDayWithYear } from "../../dates/weekday-name.ts";
import type { BackstrideEvent } from "../../events/events.ts";
import { sessionKindWords } from "../../events/session-kinds.ts";
import type { PlanReasonCode } from "../../plan/plan-reason.ts";
import type { AlertCandidate, AlertSnapshot } from "./alert-types.ts";

/** Reason codes by which the engine holds impact off because of pain. */
const painStopCodes: readonly PlanReasonCode[] = [
  "no-running-pain-stop",
  "no-running-pain-persisted",
  "no-running-pain-hold",
];

function reportedPain(event: BackstrideEvent): { pain0to10: number; what: string } | null {
  const highest = (...values: (number | undefined)[]) => {
    const known = values.filter((value): value is number => value !== undefined);
    return known.length > 0 ? Math.max(...known) : null;
  };
  switch (event.type) {
    case "session.completed": {
      const pain = highest(event.painDuring0to10, event.painAfter0to10);
      return pain === null ? null : { pain0to10: pain, what: `a ${sessionKindWords[event.kind]}` };
    }
    case "run.logged": {
      const pain = highest(event.painDuring0to10, event.painAfter0to10);
      return pain === null ? null : { pain0to10: pain, what: "a run" };
    }
    case "pain.recorded": {
      const pain = highest(event.painDuring0to10, event.painAfter0to10);
      return pain === null ? null : { pain0to10: pain, what: "an earlier session" };
    }
    case "run.corrected": {
      const pain = highest(event.changes.painDuring0to10, event.changes.painAfter0to10);
      return pain === null ? null : { pain0to10: pain, what: "a corrected run" };
    }
    case "pain.checkin":
      return { pain0to10: event.pain0to10, what: "a check-in" };
    case "flare-up.reported":
      return { pain0to10: event.pain0to10, what: "a flare-up" };
    default:
      return null;
  }
}

/**
 * Pain at or above the stop in force: from the new entries themselves (so a check-in during
 * maintenance counts too), or, when pain reached the plan another way, from the engine newly holding
 * impact off for pain. One alert per entry.
 */
export function painStopAlerts(input: {
  before: AlertSnapshot | null;
  after: AlertSnapshot;
  /** The events just stored (created, not duplicates). */
  newEvents: readonly BackstrideEvent[];
}): AlertCandidate[] {
  const stop = input.after.stopThreshold0to10;
  const fromEntries: AlertCandidate[] = input.newEvents.flatMap((event) => {
    const pain = reportedPain(event);
    if (!pain || pain.pain0to10 < stop) return [];
    return [
      {
        rule: "pain-stop",
        key: `pain-stop:${event.id}`,
        level: "warning",
        title: `Pain ${pain.pain0to10}/10: at or above the stop (${stop}/10)`,
        detail: `Reported in ${pain.what} on ${formatDayWithYear(event.localDate)}.${
          input.after.noImpactUntil ? ` No impact through ${formatDayWithYear(input.after.noImpactUntil)}.` : ""
        }`,
        localDate: event.localDate,
      },
    ];
  });
  if (fromEntries.length > 0) return fromEntries;
  const before = new Set(input.before?.reasonCodes ?? []);
  const code = painStopCodes.find((candidate) => input.after.reasonCodes.includes(candidate) && !before.has(candidate));
  if (!code || !input.before) return [];
  return [
    {
      rule: "pain-stop",
      key: `pain-stop:${code}:${input.after.noImpactUntil ?? input.after.today}`,
      level: "warning",
      title: `Pain at or above the stop (${stop}/10)`,
      detail: input.after.reasonTexts[code] ?? "The plan holds impact off because of pain.",
      localDate: input.after.today,
    },
  ];
}

import { formatDayWithYear } from "../../dates/weekday-name.ts";
import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { Rule } from "../machine/machine-types.ts";
import { firstDayAfterRelief, startBlock, withTransition } from "../machine/snapshot-ops.ts";

const ROLE_WORDS = {
  gp: "GP",
  physio: "physiotherapist",
  "emergency-department": "emergency department",
  specialist: "specialist",
  other: "clinician",
} as const;

/** "Dr. Lee (physiotherapist), seen Wed 4 Mar 2026": the role once, even when the name already says it. */
export function clinicianWords(event: EventOf<"clearance.recorded">): string {
  const roleWords = event.clinicianRole ? ROLE_WORDS[event.clinicianRole] : null;
  const role = roleWords && !event.clinician.toLowerCase().includes(roleWords.toLowerCase()) ? ` (${roleWords})` : "";
  const seen = event.seenOn ?? event.localDate;
  return `${event.clinician}${role}, seen ${formatDayWithYear(seen)}`;
}

/**
 * A clinician's clearance is a clinical record: who, when, for which flag. After an emergency or urgent
 * flag the plan never goes straight back to running: 72 hours of relief from the clearance, then the
 * rebuild from week 1, with the red-flag questions asked again (Finucane 2020; article's relief phase).
 * A visit about a "soon" flag (e.g. no better after 2 weeks) closes that flag.
 */
export const clearanceRecorded: Rule<"clearance.recorded"> = {
  id: "clearance-recorded",
  title: "Clinician's clearance recorded",
  trigger: "clearance.recorded",
  edges: [["blocked-by-flag", "awaiting-triage"]],
  sources: [sources.finucane2020, sources.article],
  apply(snapshot, event: EventOf<"clearance.recorded">, env) {
    const date = event.localDate;
    // A clearance names the flags it is for; one for another flag leaves the open one open.
    const forOpenFlag =
      event.flagIds === undefined ||
      event.flagIds.length === 0 ||
      (snapshot.blocking?.result.flags.some((q) => event.flagIds?.includes(q.id)) ?? false);
    const blocking = forOpenFlag ? snapshot.blocking : null;
    const kind = blocking ? "clearance" : (event.kind ?? "visit");
    const forWhat = blocking
      ? blocking.result.flags.map((q) => q.symptom ?? q.text).join("; ")
      : snapshot.noImprovement
        ? "no better after 2 weeks"
        : (snapshot.soon?.result.title ?? "a check-up");
    let next = {
      ...snapshot,
      lastClearanceOn: date,
      soon: null,
      noImprovement: null,
      history: [
        ...snapshot.history,
        {
          kind,
          localDate: date,
          level: blocking?.result.level ?? "none",
          title: kind === "clearance" ? "Cleared by a clinician" : "Seen by a clinician",
          detail: `${clinicianWords(event)}, for: ${forWhat}`,
        },
      ],
    } as typeof snapshot;
    if (!blocking) return next;
    const relief = {
      cause: "clearance" as const,
      from: addHoursLocal(event.occurredAt, 0),
      until: addHoursLocal(event.occurredAt, env.protocol.pain.reliefHours),
      pain0to10: null,
    };
    next = {
      ...next,
      blocking: null,
      cleared: { ...blocking, clearedOn: date, clinician: clinicianWords(event) },
      relief,
      recheck: { since: date, cause: "clearance" },
    };
    if (next.onboardedOn !== null) next = startBlock(next, firstDayAfterRelief(relief), "clearance", env);
    return withTransition(next, {
      localDate: date,
      ruleId: "clearance-recorded",
      to: "awaiting-triage",
      text: `${clinicianWords(event)} cleared you: ${env.protocol.pain.reliefHours} hours of relief, then the rebuild from week 1. The warning-sign questions are asked again first.`,
      sources: [sources.finucane2020, ...env.protocol.relief.sources],
    });
  },
};

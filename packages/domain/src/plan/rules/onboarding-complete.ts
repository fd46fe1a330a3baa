import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { addHoursLocal, instantMs } from "../machine/local-instant.ts";
import type { RecoverySnapshot, ReliefWindow, Rule } from "../machine/machine-types.ts";
import { firstDayAfterRelief, startBlock, withTransition } from "../machine/snapshot-ops.ts";

/** Pain at or above this at the door starts the plan in relief whatever the onset (issue #8, point 2). */
export const RELIEF_AT_DOOR_PAIN = 4;

/**
 * The relief window an episode needs at the door, or null. The article's "first 72 hours" count from
 * the onset; pain of 4/10 or more on arrival, even from an older onset, gets the same 72 hours from now.
 */
export function reliefAtDoor(
  episode: NonNullable<RecoverySnapshot["episode"]>,
  reliefHours: number,
): ReliefWindow | null {
  const reportedAt = episode.reportedAt;
  const onsetMs = Math.min(instantMs(episode.onsetAt), instantMs(reportedAt));
  const recent = instantMs(reportedAt) - onsetMs < reliefHours * 3_600_000;
  if (!recent && episode.pain0to10 < RELIEF_AT_DOOR_PAIN) return null;
  const fromIso = recent && instantMs(episode.onsetAt) <= instantMs(reportedAt) ? episode.onsetAt : reportedAt;
  return {
    cause: "episode",
    from: addHoursLocal(fromIso, 0),
    until: addHoursLocal(fromIso, reliefHours),
    pain0to10: episode.pain0to10,
  };
}

type OnboardingEvent = EventOf<"triage.answered"> | EventOf<"causes.assessed"> | EventOf<"episode.reported">;

/**
 * Onboarding is complete once the red-flag questions and the cause finder are answered. The plan then
 * starts: in relief when the episode is recent or painful (timed in hours from onset), else at
 * rebuild week 1 on that day.
 */
export const onboardingComplete: Rule<"triage.answered" | "causes.assessed" | "episode.reported"> = {
  id: "onboarding-complete",
  title: "Onboarding complete: the plan starts",
  trigger: ["triage.answered", "causes.assessed", "episode.reported"],
  edges: [
    ["awaiting-triage", "relief"],
    ["awaiting-triage", "rebuild"],
    ["awaiting-triage", "blocked-by-flag"],
  ],
  sources: [sources.article],
  apply(snapshot, event: OnboardingEvent, env) {
    if (snapshot.onboardedOn !== null || snapshot.triagedOn === null || snapshot.causesOn === null) return snapshot;
    const date = event.localDate;
    let next: RecoverySnapshot = { ...snapshot, onboardedOn: date };
    const episode = next.episode;
    const relief = episode ? reliefAtDoor(episode, env.protocol.pain.reliefHours) : null;
    if (relief && (next.relief === null || instantMs(relief.until.iso) > instantMs(next.relief.until.iso))) {
      next.relief = relief;
    }
    const active = next.relief && next.relief.until.localDate >= date ? next.relief : null;
    if (active) {
      next = startBlock(next, firstDayAfterRelief(active), "relief-ended", env);
      return withTransition(next, {
        localDate: date,
        ruleId: "onboarding-complete",
        to: "relief",
        text: `Your plan starts with ${env.protocol.pain.reliefHours} hours of relief (pain ${active.pain0to10 ?? "high"}/10, the episode began recently): calm the back first, then the rebuild.`,
        sources: env.protocol.relief.sources,
      });
    }
    next = startBlock(next, date, "onboarding", env);
    return withTransition(next, {
      localDate: date,
      ruleId: "onboarding-complete",
      to: "rebuild",
      text: next.blocking
        ? "Your plan waits for a clinician's all-clear: a warning sign came first."
        : "Your plan starts today at week 1.",
      sources: [sources.article],
    });
  },
};

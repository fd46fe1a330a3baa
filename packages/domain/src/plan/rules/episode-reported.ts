import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import type { Rule } from "../machine/machine-types.ts";
import { firstDayAfterRelief, startBlock, withTransition } from "../machine/snapshot-ops.ts";
import { reliefAtDoor } from "./onboarding-complete.ts";

/**
 * Pain at the door: today's pain, when the episode began and whether it goes into a leg. Leg symptoms
 * reported after the red-flag questions were answered ask them again (Finucane 2020: leg symptoms
 * are re-checked); before them, the onboarding questions cover it.
 */
export const episodeReported: Rule<"episode.reported"> = {
  id: "episode-reported",
  title: "Pain at the door reported",
  trigger: "episode.reported",
  edges: edgesBetween([...TRAINING_STATES, "no-impact"], ["awaiting-triage", "relief"]),
  sources: [sources.article, sources.finucane2020],
  apply(snapshot, event: EventOf<"episode.reported">, env) {
    const episode = {
      localDate: event.localDate,
      reportedAt: event.occurredAt,
      onsetAt: event.onsetAt,
      pain0to10: event.pain0to10,
      legSymptoms: event.legSymptoms,
    };
    const recheck =
      event.legSymptoms && snapshot.triagedOn !== null
        ? { since: event.localDate, cause: "episode" as const }
        : snapshot.recheck;
    const next = { ...snapshot, episode, recheck };
    // A new episode after onboarding that needs relief restarts it, as a flare-up does.
    const relief = next.onboardedOn !== null ? reliefAtDoor(episode, env.protocol.pain.reliefHours) : null;
    if (!relief) return next;
    return withTransition(startBlock({ ...next, relief }, firstDayAfterRelief(relief), "relief-ended", env), {
      localDate: event.localDate,
      ruleId: "episode-reported",
      to: "relief",
      text: `A new episode (pain ${event.pain0to10}/10): ${env.protocol.pain.reliefHours} hours of relief, then the rebuild from week 1.`,
      sources: env.protocol.relief.sources,
    });
  },
};

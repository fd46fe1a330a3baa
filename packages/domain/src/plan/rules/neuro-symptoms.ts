import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { evaluateRedFlags } from "../../triage/evaluate-red-flags.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import { flagTitle } from "../machine/history-words.ts";
import type { Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";

/** Any structured neurological symptom in a check-in (or the older single leg-symptoms box). */
export function neuroSymptomsOf(event: EventOf<"pain.checkin">): boolean {
  return (
    event.legSymptoms ||
    event.legPain === true ||
    event.numbnessOrTingling === true ||
    event.weakness === true ||
    event.bladderBowelSaddle === true
  );
}

/**
 * Neurological symptoms escalate at once (DESIGN.md: asked "whenever new leg symptoms are logged";
 * Finucane 2020). Leg pain, numbness, tingling or weakness block impact and put the red-flag questions
 * first until answered. Bladder, bowel or saddle changes are the cauda equina warning card's signs: an
 * emergency on their own, without waiting for the questions (Greenhalgh/Finucane 2020).
 */
export const neuroSymptoms: Rule<"pain.checkin"> = {
  id: "neuro-symptoms",
  title: "Leg or nerve symptoms reported",
  trigger: "pain.checkin",
  edges: [
    ...edgesBetween(["relief", "no-impact", ...TRAINING_STATES], ["awaiting-triage"]),
    ...edgesBetween(["awaiting-triage", "relief", "no-impact", ...TRAINING_STATES], ["blocked-by-flag"]),
  ],
  sources: [sources.finucane2020],
  apply(snapshot, event: EventOf<"pain.checkin">) {
    if (!neuroSymptomsOf(event)) return snapshot;
    const date = event.localDate;
    if (event.bladderBowelSaddle === true) {
      const result = evaluateRedFlags({ "bladder-change": true, "saddle-numbness": true }, { today: date });
      return withTransition(
        {
          ...snapshot,
          blocking: { result, since: date },
          recheck: { since: date, cause: "leg-symptoms" },
          history: [
            ...snapshot.history,
            {
              kind: "red-flag",
              localDate: date,
              level: result.level,
              title: flagTitle(result.level),
              detail: "Bladder, bowel or saddle-area changes reported at a check-in",
            },
          ],
        },
        {
          localDate: date,
          ruleId: "neuro-symptoms",
          to: "blocked-by-flag",
          text: `${result.title}: bladder, bowel or saddle-area changes with back pain need emergency care now.`,
          sources: result.flags.flatMap((q) => q.sources),
        },
      );
    }
    return withTransition(
      { ...snapshot, recheck: { since: date, cause: "leg-symptoms" } },
      {
        localDate: date,
        ruleId: "neuro-symptoms",
        to: "awaiting-triage",
        text: "New leg symptoms: answer the warning-sign questions first. No running until they are answered.",
        sources: [sources.finucane2020],
      },
    );
  },
};

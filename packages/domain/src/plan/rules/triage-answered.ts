import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { evaluateRedFlags } from "../../triage/evaluate-red-flags.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import { flagDetail, flagTitle } from "../machine/history-words.ts";
import type { RecoverySnapshot, Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";

const LEVEL_RANK = { emergency: 0, urgent: 1, soon: 2, none: 3 } as const;

/**
 * Red-flag questions answered. An emergency or urgent answer opens a flag that blocks all impact until
 * a clinician's clearance (Finucane 2020; the article's "see a sports doc immediately"). Answering the
 * questions again closes a pending re-check. A "soon" answer stays open until a newer answer or a visit.
 */
export const triageAnswered: Rule<"triage.answered"> = {
  id: "triage-answered",
  title: "Red-flag questions answered",
  trigger: "triage.answered",
  edges: [
    ...edgesBetween(["awaiting-triage", "relief", "no-impact", ...TRAINING_STATES], ["blocked-by-flag"]),
    ...edgesBetween(["awaiting-triage"], ["relief", "no-impact", ...TRAINING_STATES]),
  ],
  sources: [sources.finucane2020, sources.article],
  apply(snapshot, event: EventOf<"triage.answered">) {
    const date = event.localDate;
    const result = evaluateRedFlags(event.answers, { today: date });
    let next: RecoverySnapshot = { ...snapshot, triagedOn: snapshot.triagedOn ?? date, recheck: null };
    next.soon = result.level === "soon" ? { result, since: date } : null;
    if (result.level !== "none") {
      next.history = [
        ...next.history,
        {
          kind: "red-flag",
          localDate: date,
          level: result.level,
          title: flagTitle(result.level),
          detail: flagDetail(result.flags),
        },
      ];
    }
    if (result.blocksRunningUntilClearance) {
      if (!next.blocking || LEVEL_RANK[result.level] < LEVEL_RANK[next.blocking.result.level]) {
        next.blocking = { result, since: date };
      }
      next = withTransition(next, {
        localDate: date,
        ruleId: "triage-answered",
        to: "blocked-by-flag",
        text: `${result.title}: no running until a clinician clears you.`,
        sources: result.flags.flatMap((q) => q.sources),
      });
    }
    return next;
  },
};

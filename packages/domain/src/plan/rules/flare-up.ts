import type { EventOf } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import { formatLocalTime } from "../format-local-time.ts";
import { edgesBetween, TRAINING_STATES } from "../machine/edges.ts";
import { addHoursLocal } from "../machine/local-instant.ts";
import type { RecoverySnapshot, Rule } from "../machine/machine-types.ts";
import { firstDayAfterRelief, knownPainOf, startBlock, withTransition } from "../machine/snapshot-ops.ts";
import { inRelief } from "../machine/state-on.ts";

/**
 * A reading at or above this is a flare-up even when not reported as one: above the pain-monitoring
 * model's acceptable 5/10 (Silbernagel 2007) it is no longer "exercise pain" but a flare.
 */
export const FLARE_UP_PAIN = 5;

type FlareEvent =
  | EventOf<"flare-up.reported">
  | EventOf<"pain.checkin">
  | EventOf<"session.completed">
  | EventOf<"run.logged">;

/** A reading counts as a flare-up at 5/10, or at the stop when a model's stop is higher (pain-monitoring: 6). */
function flarePain(event: FlareEvent, stop0to10: number): number | null {
  if (event.type === "flare-up.reported") return event.pain0to10;
  const pain = event.type === "pain.checkin" ? event.pain0to10 : knownPainOf(event);
  return pain !== null && pain >= Math.max(FLARE_UP_PAIN, stop0to10) ? pain : null;
}

/**
 * A flare-up restarts the article's 72-hour relief, timed in hours from the moment it was reported
 * (a flare-up at 21:00 gets its full 72 hours), then the rebuild from week 1. A reported flare-up, or
 * a new one, asks the red-flag questions again (DESIGN.md: "at every flare-up").
 */
export const flareUp: Rule<"flare-up.reported" | "pain.checkin" | "session.completed" | "run.logged"> = {
  id: "flare-up",
  title: "Flare-up: reported, or a reading of 5/10 or more",
  trigger: ["flare-up.reported", "pain.checkin", "session.completed", "run.logged"],
  edges: [
    ...edgesBetween([...TRAINING_STATES, "no-impact"], ["awaiting-triage", "relief"]),
    ["relief", "relief"],
    ["awaiting-triage", "awaiting-triage"],
  ],
  sources: [sources.article, sources.silbernagel2007],
  apply(snapshot, event: FlareEvent, env) {
    const date = event.localDate;
    const pain = flarePain(event, env.settingsOn(date, snapshot).stopThreshold0to10);
    if (pain === null) return snapshot;
    const newFlare = event.type === "flare-up.reported" || !inRelief(snapshot, date);
    const relief = {
      cause: "flare-up" as const,
      from: addHoursLocal(event.occurredAt, 0),
      until: addHoursLocal(event.occurredAt, env.protocol.pain.reliefHours),
      pain0to10: pain,
    };
    let next: RecoverySnapshot = { ...snapshot, relief };
    if (newFlare && next.triagedOn !== null) next.recheck = next.recheck ?? { since: date, cause: "flare-up" };
    if (next.onboardedOn !== null) next = startBlock(next, firstDayAfterRelief(relief), "relief-ended", env);
    const what = event.type === "flare-up.reported" ? "Flare-up reported" : `Pain ${pain}/10`;
    return withTransition(next, {
      localDate: date,
      ruleId: "flare-up",
      to: "relief",
      text: `${what}: relief for ${env.protocol.pain.reliefHours} hours (until ${formatLocalTime(relief.until.local)}), then the rebuild from week 1.`,
      sources: env.protocol.relief.sources,
    });
  },
};

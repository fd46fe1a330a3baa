import type { BackstrideEvent, EventType } from "../../events/events.ts";

/** Entries a runner may take back; red-flag answers, clearances and coach changes are clinical records. */
export const deletableTypes: ReadonlySet<EventType> = new Set([
  "run.logged",
  "session.completed",
  "pain.checkin",
  "flare-up.reported",
]);

/**
 * The log as the engine reads it: corrections, late pain answers and deletions applied to the entries
 * they name, and the amending events themselves removed. A pain answer fills only what was unknown:
 * a pain the runner gave at the time is never overwritten by a later, calmer memory of it.
 * `events` must be sorted (see sortEvents); amendments apply in log order.
 */
export function effectiveLog(events: readonly BackstrideEvent[]): BackstrideEvent[] {
  const amendments = events.filter(
    (event) => event.type === "pain.recorded" || event.type === "run.corrected" || event.type === "entry.deleted",
  );
  if (amendments.length === 0) return [...events];
  const byId = new Map<string, BackstrideEvent>();
  for (const event of events) byId.set(event.id, event);
  const deleted = new Set<string>();
  for (const amendment of amendments) {
    const target = byId.get(amendment.forEventId);
    if (!target) continue;
    if (amendment.type === "entry.deleted") {
      if (deletableTypes.has(target.type)) deleted.add(target.id);
    } else if (amendment.type === "pain.recorded") {
      if (target.type !== "session.completed" && target.type !== "run.logged") continue;
      byId.set(target.id, {
        ...target,
        ...(target.painDuring0to10 === undefined && amendment.painDuring0to10 !== undefined
          ? { painDuring0to10: amendment.painDuring0to10 }
          : {}),
        ...(target.painAfter0to10 === undefined && amendment.painAfter0to10 !== undefined
          ? { painAfter0to10: amendment.painAfter0to10 }
          : {}),
      });
    } else if (target.type === "run.logged") {
      const { shoeId, ...changes } = amendment.changes;
      const corrected = { ...target, ...changes };
      if (shoeId === null) delete corrected.shoeId;
      else if (shoeId !== undefined) corrected.shoeId = shoeId;
      byId.set(target.id, corrected);
    }
  }
  const out: BackstrideEvent[] = [];
  for (const event of events) {
    if (event.type === "pain.recorded" || event.type === "run.corrected" || event.type === "entry.deleted") continue;
    if (deleted.has(event.id)) continue;
    out.push(byId.get(event.id) ?? event);
  }
  return out;
}

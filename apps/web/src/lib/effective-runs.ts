import type { BackstrideEvent, EventOf } from "@backstride/domain";

type RunLogged = EventOf<"run.logged">;

/** Only these can be taken back; red-flag answers, clearances and coach changes are clinical records. */
const deletableTypes = new Set<BackstrideEvent["type"]>([
  "run.logged",
  "session.completed",
  "pain.checkin",
  "flare-up.reported",
]);

type Patch = EventOf<"run.corrected">["changes"];

/** A run as the runner last corrected it: every change applied in log order, cleared fields removed. */
function corrected(run: RunLogged, changes: Patch): RunLogged {
  const next: RunLogged = { ...run };
  if (changes.distanceMeters !== undefined) next.distanceMeters = changes.distanceMeters;
  if (changes.durationSeconds !== undefined) {
    next.durationSeconds = changes.durationSeconds;
    // A watch's moving time no longer matches a time the runner retyped by hand.
    delete next.movingSeconds;
  }
  if (changes.surface !== undefined) next.surface = changes.surface;
  if (changes.shoeId === null) delete next.shoeId;
  else if (changes.shoeId !== undefined) next.shoeId = changes.shoeId;
  if (changes.painDuring0to10 !== undefined) next.painDuring0to10 = changes.painDuring0to10;
  if (changes.painAfter0to10 !== undefined) next.painAfter0to10 = changes.painAfter0to10;
  if (changes.notes === "") delete next.notes;
  else if (changes.notes !== undefined) next.notes = changes.notes;
  return next;
}

/** Pain given later for a session saved without it. */
function withPain(session: EventOf<"session.completed">, patch: Patch): EventOf<"session.completed"> {
  return {
    ...session,
    ...(patch.painDuring0to10 !== undefined ? { painDuring0to10: patch.painDuring0to10 } : {}),
    ...(patch.painAfter0to10 !== undefined ? { painAfter0to10: patch.painAfter0to10 } : {}),
  };
}

/**
 * The log as the runner means it, for display: corrected runs carry their corrected values, pain
 * answered later sits on its run or session, deleted entries are gone, and the correction, deletion and
 * late-pain events themselves are folded away. The plan engine does the same internally; screens that
 * list or chart the log read this. Log order decides when two corrections touch the same field.
 */
export function effectiveEvents(events: readonly BackstrideEvent[]): BackstrideEvent[] {
  const deleted = new Set<string>();
  const patches = new Map<string, Patch[]>();
  const patch = (forEventId: string, changes: Patch) =>
    patches.set(forEventId, [...(patches.get(forEventId) ?? []), changes]);
  for (const event of events) {
    if (event.type === "entry.deleted") deleted.add(event.forEventId);
    else if (event.type === "run.corrected") patch(event.forEventId, event.changes);
    else if (event.type === "pain.recorded") {
      patch(event.forEventId, {
        ...(event.painDuring0to10 !== undefined ? { painDuring0to10: event.painDuring0to10 } : {}),
        ...(event.painAfter0to10 !== undefined ? { painAfter0to10: event.painAfter0to10 } : {}),
      });
    }
  }
  const result: BackstrideEvent[] = [];
  for (const event of events) {
    if (event.type === "entry.deleted" || event.type === "run.corrected" || event.type === "pain.recorded") continue;
    if (deleted.has(event.id) && deletableTypes.has(event.type)) continue;
    const changes = patches.get(event.id) ?? [];
    if (event.type === "run.logged") result.push(changes.reduce(corrected, event));
    else if (event.type === "session.completed") result.push(changes.reduce(withPain, event));
    else result.push(event);
  }
  return result;
}

/** Every run still in the log, with its corrections, oldest first. */
export function effectiveRuns(events: readonly BackstrideEvent[]): RunLogged[] {
  return effectiveEvents(events).filter((event): event is RunLogged => event.type === "run.logged");
}

/** Ids of runs the runner has corrected at least once (the run page says so). */
export function correctedRunIds(events: readonly BackstrideEvent[]): Set<string> {
  return new Set(events.flatMap((event) => (event.type === "run.corrected" ? [event.forEventId] : [])));
}

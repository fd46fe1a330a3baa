import type { BackstrideEvent, EventOf, EventType, LocalDate } from "../../events/events.ts";
import { defaultProtocol } from "../../protocol/default-protocol.ts";
import type { Protocol } from "../../protocol/protocol-types.ts";
import type { MachineEnv, RecoverySnapshot, TransitionRecord } from "../machine/machine-types.ts";
import { machineEnv } from "../machine/run-recovery-machine.ts";
import { emptySnapshot, startBlock } from "../machine/snapshot-ops.ts";
import { sortEvents } from "../sort-events.ts";

/**
 * Test support for the rule files beside it: the env a rule reads, built exactly as runRecoveryMachine
 * builds it (coach settings with loosening suspended while a flag is open, one reading per day, runs
 * with distance), so a rule tested alone sees what it sees inside the machine.
 */
export function ruleTestEnv(events: readonly BackstrideEvent[] = [], protocol: Protocol = defaultProtocol): MachineEnv {
  return machineEnv(sortEvents(events), protocol);
}

/** A runner onboarded on `date` with nothing flagged: weeks 1-3 start that day (as onboarding-complete does). */
export function onboardedSnapshot(date: LocalDate, env: MachineEnv = ruleTestEnv()): RecoverySnapshot {
  const snapshot: RecoverySnapshot = { ...emptySnapshot(), triagedOn: date, causesOn: date, onboardedOn: date };
  return startBlock(snapshot, date, "onboarding", env);
}

/** The same runner at walk/run `returnWeek` (4 = week 4+, gradual mileage), that week begun on `weekStart`. */
export function atReturnWeek(snapshot: RecoverySnapshot, returnWeek: number, weekStart: LocalDate): RecoverySnapshot {
  return {
    ...snapshot,
    position: {
      ...snapshot.position,
      returnWeek,
      returnWeekStart: weekStart,
      goodDays: [],
      progressionStart: returnWeek > defaultProtocol.returnToRun.weeks.length ? weekStart : null,
    },
  };
}

/** Narrows a builder's event to the type a rule takes; a wrong type is a mistake in the test itself. */
export function asEvent<T extends EventType>(event: BackstrideEvent, type: T): EventOf<T> {
  if (event.type !== type) throw new TypeError(`expected a ${type} event, got ${event.type}`);
  return event as EventOf<T>;
}

/**
 * The states a rule declares it leaves and enters, read from its `from`/`to` lists or from the ends of its
 * `edges` (the table is moving from the first shape to the second; both are read so the checks hold).
 */
export function declaredStates(rule: object): { from: string[]; to: string[] } {
  const shape = rule as {
    from?: readonly string[];
    to?: readonly string[];
    edges?: readonly (readonly [string, string])[];
  };
  const edges = shape.edges ?? [];
  return {
    from: [...new Set([...(shape.from ?? []), ...edges.map(([from]) => from)])],
    to: [...new Set([...(shape.to ?? []), ...edges.map(([, to]) => to)])],
  };
}

/**
 * The one transition `rule` added between `before` and `after`, checked for what every record must
 * carry: this rule's id, a state the rule declares it can enter, words for the runner and a source.
 * Throws (failing the test) when there is not exactly one new record.
 */
export function addedTransition(
  rule: { id: string },
  before: RecoverySnapshot,
  after: RecoverySnapshot,
): TransitionRecord {
  const added = after.transitions.slice(before.transitions.length);
  const record = added[0];
  if (added.length !== 1 || record === undefined) {
    throw new Error(`expected one new transition from ${rule.id}, got ${added.length}`);
  }
  const problems = [
    record.ruleId === rule.id ? null : `ruleId ${record.ruleId}`,
    declaredStates(rule).to.includes(record.to) ? null : `to ${record.to} is not a state the rule declares`,
    record.text.trim() !== "" ? null : "empty text",
    record.sources.length > 0 ? null : "no source",
  ].filter((problem) => problem !== null);
  if (problems.length > 0) throw new Error(`transition from ${rule.id}: ${problems.join(", ")}`);
  return record;
}

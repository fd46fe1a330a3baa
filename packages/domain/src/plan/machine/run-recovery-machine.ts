import type { BackstrideEvent, LocalDate } from "../../events/events.ts";
import { weeklyDistances } from "../../load/weekly-distance.ts";
import type { Protocol } from "../../protocol/protocol-types.ts";
import { coachSettingsAt, suspendLoosening } from "../coach-settings.ts";
import { dailyReadingsOf, readingsBetween } from "./daily-readings.ts";
import type { MachineEnv, RecoverySnapshot } from "./machine-types.ts";
import { emptySnapshot } from "./snapshot-ops.ts";
import { stateOn } from "./state-on.ts";
import { transitionTable, triggersOf } from "./transition-table.ts";

const dayRules = transitionTable.filter((rule) => triggersOf(rule).includes("day"));

/** What the rules may read besides the snapshot: built once per fold from the (sorted, amended) log. */
export function machineEnv(events: readonly BackstrideEvent[], protocol: Protocol): MachineEnv {
  const coachEvents = events.filter((event) => event.type === "coach.adjustment");
  const readings = dailyReadingsOf(events);
  const runs = events.flatMap((event) =>
    event.type === "run.logged" ? [{ localDate: event.localDate, distanceMeters: event.distanceMeters }] : [],
  );
  const weekTotals = new Map(weeklyDistances({ runs }).map((week) => [week.weekStart, week.distanceMeters]));
  return {
    protocol,
    settingsOn: (date, snapshot) =>
      suspendLoosening(coachSettingsAt({ events: coachEvents, date, protocol }), snapshot, protocol),
    dailyReadings: (from, to) => readingsBetween(readings, from, to),
    runs,
    weekMeters: (weekStart) => weekTotals.get(weekStart) ?? 0,
  };
}

/**
 * Runs the recovery state machine over an effective, sorted log up to and including `today`. Each new
 * day first lets time act (day rules), then each event goes through the rules its type triggers, in
 * table order. Pure: the same log, protocol and day give the same snapshot.
 */
export function runRecoveryMachine(input: {
  /** Sorted (sortEvents) and amended (effectiveLog); events after `today` are ignored. */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  today: LocalDate;
}): RecoverySnapshot {
  const { protocol, today } = input;
  const events = input.events.filter((event) => event.localDate <= today);
  const env = machineEnv(events, protocol);
  const rulesByType = new Map<string, typeof transitionTable>();
  for (const rule of transitionTable) {
    for (const trigger of triggersOf(rule)) {
      if (trigger === "day") continue;
      rulesByType.set(trigger, [...(rulesByType.get(trigger) ?? []), rule]);
    }
  }

  let snapshot = emptySnapshot();
  /**
   * A rule says which transition it took; the state the runner is then in is read from the snapshot
   * (a flare-up's relief shows as the questions first while they are pending), so the record is true.
   */
  const apply = (rule: (typeof transitionTable)[number], input: unknown) => {
    const before = snapshot.transitions.length;
    snapshot = rule.apply(snapshot, input as never, env);
    if (snapshot.transitions.length === before) return;
    const transitions = snapshot.transitions.map((record, index) =>
      index < before
        ? record
        : { ...record, to: stateOn(snapshot, record.localDate, env.settingsOn(record.localDate, snapshot).sequencing) },
    );
    snapshot = { ...snapshot, transitions };
  };
  let dawned: LocalDate | null = null;
  const dawn = (date: LocalDate) => {
    if (dawned === date) return;
    dawned = date;
    for (const rule of dayRules) apply(rule, date);
  };
  for (const event of events) {
    dawn(event.localDate);
    for (const rule of rulesByType.get(event.type) ?? []) apply(rule, event);
  }
  dawned = null;
  dawn(today);
  return snapshot;
}

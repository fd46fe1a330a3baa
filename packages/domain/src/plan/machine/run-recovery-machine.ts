import type { BackstrideEvent, LocalDate } from "../../events/events.ts";
import type { Protocol } from "../../protocol/protocol-types.ts";
import { coachSettingsAt, suspendLoosening } from "../coach-settings.ts";
import { dailyReadingsOf, readingsBetween } from "./daily-readings.ts";
import type { MachineEnv, RecoverySnapshot } from "./machine-types.ts";
import { emptySnapshot } from "./snapshot-ops.ts";
import { transitionTable, triggersOf } from "./transition-table.ts";

const dayRules = transitionTable.filter((rule) => triggersOf(rule).includes("day"));

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
  const coachEvents = events.filter((event) => event.type === "coach.adjustment");
  const readings = dailyReadingsOf(events);
  const env: MachineEnv = {
    protocol,
    settingsOn: (date, snapshot) =>
      suspendLoosening(coachSettingsAt({ events: coachEvents, date, protocol }), snapshot, protocol),
    dailyReadings: (from, to) => readingsBetween(readings, from, to),
    runs: events.flatMap((event) =>
      event.type === "run.logged" ? [{ localDate: event.localDate, distanceMeters: event.distanceMeters }] : [],
    ),
  };
  const rulesByType = new Map<string, typeof transitionTable>();
  for (const rule of transitionTable) {
    for (const trigger of triggersOf(rule)) {
      if (trigger === "day") continue;
      rulesByType.set(trigger, [...(rulesByType.get(trigger) ?? []), rule]);
    }
  }

  let snapshot = emptySnapshot();
  let dawned: LocalDate | null = null;
  const dawn = (date: LocalDate) => {
    if (dawned === date) return;
    dawned = date;
    for (const rule of dayRules) snapshot = rule.apply(snapshot, date as never, env);
  };
  for (const event of events) {
    dawn(event.localDate);
    for (const rule of rulesByType.get(event.type) ?? []) snapshot = rule.apply(snapshot, event as never, env);
  }
  dawned = null;
  dawn(today);
  return snapshot;
}

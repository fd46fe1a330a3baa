import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { effectiveLog } from "./machine/effective-log.ts";
import type { RecoverySnapshot } from "./machine/machine-types.ts";
import { runRecoveryMachine } from "./machine/run-recovery-machine.ts";

export type {
  NoImpactWindow,
  OpenRedFlag,
  RecoverySnapshot,
  ReliefWindow,
} from "./machine/machine-types.ts";
export { requiredSessions, returnWeekOf } from "./return-weeks.ts";

/** The runner's recovery as of one day: the state machine run over the amended log up to it. */
export type RecoveryTimeline = RecoverySnapshot;

/** `events` must be sorted (see sortEvents); corrections, late pain answers and deletions are applied here. */
export function recoveryTimeline(input: {
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  today: LocalDate;
}): RecoveryTimeline {
  return runRecoveryMachine({ events: effectiveLog(input.events), protocol: input.protocol, today: input.today });
}

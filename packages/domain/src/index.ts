/**
 * @backstride/domain: the pure engine. No I/O, no clock, no randomness: `today` and ids come in.
 * The content half (protocol, triage, causes, guide, sources) is re-exported from content-index.ts.
 */
export * from "./cadence/cadence-target.ts";
export * from "./content-index.ts";
export * from "./dates/add-days.ts";
export * from "./dates/day-number.ts";
export * from "./dates/is-local-date.ts";
export * from "./dates/iso-week.ts";
export * from "./dates/local-date-of.ts";
export * from "./dates/runner-today.ts";
export * from "./dates/weekday-name.ts";
export * from "./events/events.ts";
export * from "./events/parse-event-log.ts";
export { isSessionKind, sessionKinds } from "./events/session-kinds.ts";
export * from "./load/check-run-before-saving.ts";
export type * from "./load/load-types.ts";
export * from "./load/run-plausibility.ts";
export * from "./load/single-run-spike.ts";
export * from "./load/weekly-cap.ts";
export * from "./load/weekly-distance.ts";
export * from "./maintenance/maintenance-due.ts";
export * from "./plan/coach-loosening.ts";
export * from "./plan/coach-settings.ts";
export * from "./plan/format-dosage.ts";
export { deletableTypes, effectiveLog } from "./plan/machine/effective-log.ts";
export * from "./plan/machine/machine-diagram.ts";
export { stateOn } from "./plan/machine/state-on.ts";
export { transitionTable } from "./plan/machine/transition-table.ts";
export * from "./plan/maintenance-ready.ts";
export * from "./plan/pain-readings.ts";
export type * from "./plan/plan-context.ts";
export * from "./plan/plan-for.ts";
export * from "./plan/plan-phase.ts";
export * from "./plan/plan-reason.ts";
export type * from "./plan/plan-types.ts";
export * from "./plan/recovery-timeline.ts";
export { painStopOf } from "./plan/rules/pain-stop.ts";
export * from "./plan/sort-events.ts";
export * from "./shoes/shoe-mileage.ts";
export * from "./shoes/shoe-rotation.ts";
export * from "./shoes/shoe-runs.ts";
export * from "./shoes/shoe-start-date.ts";
export * from "./shoes/shoe-wear.ts";
export * from "./surfaces/concrete-neighbour.ts";
export * from "./surfaces/surface-rotation.ts";
export * from "./units/conversions.ts";
export * from "./units/format-units.ts";

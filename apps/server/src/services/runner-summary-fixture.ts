import type { RunnerSummary } from "./runner-summary.ts";

/** For tests: a runner in rebuild week 2 on `asOf`, checked in and active that day, nothing flagged. */
export function summaryFixture(asOf: string, fields: Partial<RunnerSummary> = {}): RunnerSummary {
  return {
    asOf,
    state: "rebuild",
    stateReason: "Weeks 1-3",
    phase: "rebuild",
    week: 2,
    runningAllowed: true,
    stopThreshold0to10: 3,
    redFlag: null,
    flags: [],
    lastPain: null,
    lastCheckinDate: asOf,
    lastActivityDate: asOf,
    days: [],
    load: { weekStart: "2026-03-16", thisWeekMeters: 0, lastWeekMeters: 0 },
    measures: { dueDate: null, nextOpensOn: null },
    ...fields,
  };
}

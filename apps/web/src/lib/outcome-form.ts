import {
  type EventOf,
  nprsImportantPoints,
  nprsImportantShare,
  type OutcomeRecord,
  type OutcomeTimepoint,
  psfsImportantPoints,
} from "@backstride/domain";

export const activityRows = 3;

export interface OutcomeFormState {
  now: number | null;
  average: number | null;
  worst: number | null;
  activities: { activity: string; score: number | null }[];
  globalChange: number | null;
}

/** A fresh form; the activities the runner named last time come back, so each is scored again. */
export function emptyOutcomeForm(records: readonly OutcomeRecord[]): OutcomeFormState {
  const last = records[records.length - 1];
  const named = last?.psfs.map((item) => item.activity) ?? [];
  return {
    now: null,
    average: null,
    worst: null,
    activities: Array.from({ length: activityRows }, (_, index) => ({ activity: named[index] ?? "", score: null })),
    globalChange: null,
  };
}

/** What is missing, in the runner's words; empty when the form can be saved. */
export function outcomeFormProblems(state: OutcomeFormState, asksGlobalChange: boolean): string[] {
  const problems: string[] = [];
  if (state.now === null || state.average === null || state.worst === null) {
    problems.push("Choose a number for each of the three pain questions.");
  }
  const named = state.activities.filter((row) => row.activity.trim() !== "");
  if (named.length === 0) problems.push("Name at least one activity you find hard, and score it.");
  if (named.some((row) => row.score === null)) problems.push("Score each activity you named, 0 to 10.");
  if (state.activities.some((row) => row.activity.trim() === "" && row.score !== null)) {
    problems.push("Give each scored activity a name.");
  }
  if (asksGlobalChange && state.globalChange === null)
    problems.push("Say how your back has changed since you started.");
  return problems;
}

/** The event's own fields from a complete form; null while anything is missing. */
export function outcomeFields(
  state: OutcomeFormState,
  timepoint: OutcomeTimepoint,
  asksGlobalChange: boolean,
): Pick<EventOf<"outcomes.recorded">, "type" | "timepoint" | "nprs" | "psfs" | "groc"> | null {
  if (outcomeFormProblems(state, asksGlobalChange).length > 0) return null;
  const psfs = state.activities
    .filter((row) => row.activity.trim() !== "" && row.score !== null)
    .map((row) => ({ activity: row.activity.trim().slice(0, 80), score0to10: row.score ?? 0 }));
  return {
    type: "outcomes.recorded",
    timepoint,
    nprs: { now0to10: state.now ?? 0, average0to10: state.average ?? 0, worst0to10: state.worst ?? 0 },
    psfs,
    ...(asksGlobalChange && state.globalChange !== null ? { groc: state.globalChange } : {}),
  };
}

/**
 * The line a real improvement crosses, drawn on the charts: pain must fall below the baseline by
 * 2 points or 30% (whichever is reached first, but at least one point); activities must rise 1.4.
 */
export function importantChangeLines(records: readonly OutcomeRecord[]): {
  painBelow: number | null;
  activitiesAbove: number | null;
} {
  const baseline = records[0];
  if (!baseline) return { painBelow: null, activitiesAbove: null };
  const painStep = Math.min(nprsImportantPoints, Math.max(1, baseline.painScore * nprsImportantShare));
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    painBelow: baseline.painScore - painStep >= 0 ? round(baseline.painScore - painStep) : null,
    activitiesAbove:
      baseline.activityScore !== null && baseline.activityScore + psfsImportantPoints <= 10
        ? round(baseline.activityScore + psfsImportantPoints)
        : null,
  };
}

const timepointWords: Record<OutcomeTimepoint, string> = {
  baseline: "Start",
  "week-2": "Week 2",
  "week-4": "Week 4",
  "week-8": "Week 8",
  "week-12": "Week 12",
  discharge: "End of plan",
};

export function timepointLabel(timepoint: OutcomeTimepoint): string {
  return timepointWords[timepoint];
}

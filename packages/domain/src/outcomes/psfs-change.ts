import { sources } from "../sources/sources.ts";
import type { OutcomeChange } from "./nprs-change.ts";
import { activityKey, type PsfsAnswers } from "./psfs-score.ts";

/** Maughan & Lewis 2010: 1.4 points on the average PSFS score is the smallest important change in back pain. */
export const psfsImportantPoints = 1.4;

const one = (value: number) => value.toFixed(1);

/**
 * Activities (PSFS) from one timepoint to a later one. Only activities named at both are compared,
 * since a new activity has no earlier score. Null when none match. Higher is better.
 */
export function psfsChange(input: {
  /** The earlier answers (usually the baseline). */
  from: PsfsAnswers;
  /** The later answers. */
  to: PsfsAnswers;
}): (OutcomeChange & { fromScore: number; toScore: number; activities: string[] }) | null {
  const later = new Map(input.to.map((item) => [activityKey(item.activity), item.score0to10]));
  const pairs = input.from.flatMap((item) => {
    const toScore = later.get(activityKey(item.activity));
    return toScore === undefined ? [] : [{ activity: item.activity, from: item.score0to10, to: toScore }];
  });
  if (pairs.length === 0) return null;
  const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const fromScore = mean(pairs.map((pair) => pair.from));
  const toScore = mean(pairs.map((pair) => pair.to));
  const changePoints = Math.round((toScore - fromScore) * 10) / 10;
  const size = Math.abs(changePoints);
  const important = size >= psfsImportantPoints - 1e-9;
  const direction = changePoints > 0 ? "better" : changePoints < 0 ? "worse" : "same";
  const rule = `the ${psfsImportantPoints} points that counts as a real change in back pain`;
  const what = pairs.length === 1 ? `"${pairs[0]?.activity}"` : `Your ${pairs.length} activities`;
  let words: string;
  if (direction === "same") words = `${what}: unchanged at ${one(toScore)} out of 10.`;
  else {
    const verb = direction === "better" ? "rose" : "fell";
    words = `${what}: ${verb} from ${one(fromScore)} to ${one(toScore)} out of 10 (${one(size)} points), ${important ? "past" : "less than"} ${rule}.`;
  }
  return {
    changePoints,
    direction,
    important,
    words,
    source: sources.maughanLewis2010,
    fromScore,
    toScore,
    activities: pairs.map((pair) => pair.activity),
  };
}

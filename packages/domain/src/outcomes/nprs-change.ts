import type { SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

/** Ostelo et al. 2008: a change of 2 points or 30% on the 0-10 scale is clinically important. */
export const nprsImportantPoints = 2;
export const nprsImportantShare = 0.3;
/**
 * The 30% reading needs at least this many points: 30% of a score near 0 is a rounding step, not a
 * change anyone feels (docs/decisions/outcome-measures.md).
 */
const minimumPointsForShare = 1;

export interface OutcomeChange {
  /** Later minus earlier, in the measure's points (for pain, negative is better). */
  changePoints: number;
  direction: "better" | "worse" | "same";
  /** True when the change passes the measure's clinically important difference. */
  important: boolean;
  /** One sentence for the runner, the coach and the report. */
  words: string;
  source: SourceRef;
}

const one = (value: number) => value.toFixed(1);

/** Pain (NPRS score, 0-10) from one timepoint to a later one, against Ostelo's 2 points or 30%. */
export function nprsChange(input: {
  /** The earlier score (usually the baseline). */
  fromScore: number;
  /** The later score. */
  toScore: number;
}): OutcomeChange {
  const { fromScore, toScore } = input;
  const changePoints = Math.round((toScore - fromScore) * 10) / 10;
  const size = Math.abs(changePoints);
  const share = fromScore > 0 ? size / fromScore : 0;
  const important =
    size >= nprsImportantPoints || (size >= minimumPointsForShare && share >= nprsImportantShare - 1e-9);
  const direction = changePoints < 0 ? "better" : changePoints > 0 ? "worse" : "same";
  const percent = fromScore > 0 ? `, ${Math.round(share * 100)}% ${direction === "better" ? "less" : "more"}` : "";
  const rule = "2 points or 30%";
  let words: string;
  if (direction === "same") words = `Pain is unchanged at ${one(toScore)} out of 10.`;
  else if (direction === "better")
    words = important
      ? `Pain fell from ${one(fromScore)} to ${one(toScore)} (${one(size)} points${percent}): past the ${rule} that counts as a real improvement.`
      : `Pain fell from ${one(fromScore)} to ${one(toScore)} (${one(size)} points${percent}): not yet the ${rule} that counts as a real improvement.`;
  else
    words = important
      ? `Pain rose from ${one(fromScore)} to ${one(toScore)} (${one(size)} points${percent}): more than the ${rule} that counts as a real change. Worth talking to your coach or physio.`
      : `Pain rose from ${one(fromScore)} to ${one(toScore)} (${one(size)} points${percent}): less than the ${rule} that counts as a real change.`;
  return { changePoints, direction, important, words, source: sources.ostelo2008 };
}

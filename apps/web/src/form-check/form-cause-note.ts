import { formatDay } from "@backstride/domain";
import { formTargets } from "./form-targets.ts";
import { formTrend } from "./form-trend.ts";

/**
 * What the latest side-view form check says about overstriding (the article's #1 trigger), for the
 * cause finder: a measurement to keep in mind, never an answer given for the runner.
 */
export function formCauseNote(events: readonly { type: string; localDate: string }[]): string | null {
  const sides = formTrend(events).filter((row) => row.overstrideLegLengths !== undefined);
  const latest = sides[sides.length - 1];
  if (!latest || latest.overstrideLegLengths === undefined) return null;
  const percent = Math.round(latest.overstrideLegLengths * 100);
  const limit = Math.round(formTargets.overstrideLegLengths.max * 100);
  const when = `Your form check on ${formatDay(latest.localDate)}`;
  return percent > limit
    ? `${when} measured your foot landing ${percent}% of your leg length ahead of your hips (target ${limit}% or less): a sign of overstriding.`
    : `${when} measured your foot landing ${percent}% of your leg length ahead of your hips (target ${limit}% or less): overstriding looks less likely.`;
}

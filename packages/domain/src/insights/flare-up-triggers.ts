import type { BackstrideEvent } from "../events/events.ts";
import { meanDifferenceTest } from "./mean-difference-test.ts";
import type { RandomSource } from "./seeded-random.ts";
import { type TriggerDefinition, triggerDefinitions, triggerIds } from "./trigger-definitions.ts";
import { type TriggerShoe, triggerObservations } from "./trigger-observations.ts";

/** Below these a comparison says too little to show: each group needs 4 runs, the log 12 readings. */
export const minimumRunsPerGroup = 4;
export const minimumObservations = 12;

export interface TriggerResult {
  trigger: TriggerDefinition;
  /** "finding": next-day pain clearly higher after such runs (after allowing for the number of checks). */
  status: "finding" | "no-clear-link" | "too-few";
  runsWith: number;
  runsWithout: number;
  meanWith: number | null;
  meanWithout: number | null;
  difference: number | null;
  /** 95% bootstrap interval of the difference in next-day pain. */
  interval: [number, number] | null;
  pValue: number | null;
  /** One or two plain sentences; never a claim of cause. */
  words: string;
}

export interface FlareUpTriggers {
  /** Runs with a pain reading the next day. */
  observations: number;
  results: TriggerResult[];
  /** The clearest finding, or null. */
  strongest: TriggerResult | null;
  /** "Your log suggests downhills: try …", for Today and the weekly review; null without a finding. */
  suggestion: string | null;
}

const one = (value: number) => value.toFixed(1);
const runs = (count: number) => `${count} run${count === 1 ? "" : "s"}`;

/**
 * Relates next-day pain to what came before, one yes/no trigger at a time. A trigger is a finding only
 * when its one-sided permutation p-value is below 0.05 divided by the number of triggers tested
 * (Bonferroni), so a log with no link shows a false finding in at most 5% of cases whatever the number
 * of triggers. The chance is a seeded argument: the same log and seed always give the same figures.
 */
export function flareUpTriggers(input: {
  /** The effective log, sorted. */
  events: readonly BackstrideEvent[];
  shoes: readonly TriggerShoe[];
  cadenceTargetMin: number;
  random: RandomSource;
  /** Family-wise false-finding rate; 0.05 unless a test says otherwise. */
  alpha?: number;
}): FlareUpTriggers {
  const observations = triggerObservations(input);
  const alpha = input.alpha ?? 0.05;
  const groups = triggerIds.map((id) => {
    const withPain: number[] = [];
    const withoutPain: number[] = [];
    for (const observation of observations) {
      const exposed = observation.exposures[id];
      if (exposed === true) withPain.push(observation.nextDayPain0to10);
      else if (exposed === false) withoutPain.push(observation.nextDayPain0to10);
    }
    const enough =
      withPain.length >= minimumRunsPerGroup &&
      withoutPain.length >= minimumRunsPerGroup &&
      withPain.length + withoutPain.length >= minimumObservations;
    return { trigger: triggerDefinitions[id], withPain, withoutPain, enough };
  });
  const tested = groups.filter((group) => group.enough).length;

  const results: TriggerResult[] = groups.map(({ trigger, withPain, withoutPain, enough }) => {
    const base = { trigger, runsWith: withPain.length, runsWithout: withoutPain.length };
    if (!enough) {
      return {
        ...base,
        status: "too-few",
        meanWith: null,
        meanWithout: null,
        difference: null,
        interval: null,
        pValue: null,
        words: `Not enough runs to compare yet: ${runs(withPain.length)} ${trigger.runsWith}, ${runs(withoutPain.length)} ${trigger.runsWithout} (${minimumRunsPerGroup} of each needed).`,
      };
    }
    const test = meanDifferenceTest({ withExposure: withPain, withoutExposure: withoutPain, random: input.random });
    const finding = test.pValue <= alpha / tested && test.difference > 0;
    const figures = `After runs ${trigger.runsWith}, next-day pain averaged ${one(test.meanWith)} (${runs(withPain.length)}) against ${one(test.meanWithout)} (${runs(withoutPain.length)} ${trigger.runsWithout})`;
    return {
      ...base,
      status: finding ? "finding" : "no-clear-link",
      meanWith: test.meanWith,
      meanWithout: test.meanWithout,
      difference: test.difference,
      interval: test.interval,
      pValue: test.pValue,
      words: finding
        ? `${figures}: ${one(test.difference)} points higher (95% interval ${one(test.interval[0])} to ${one(test.interval[1])}). A pattern in your log, not proof of a cause.`
        : `${figures}: no clear difference yet.`,
    };
  });

  const findings = results
    .filter((result) => result.status === "finding")
    .sort((a, b) => (a.pValue ?? 1) - (b.pValue ?? 1) || (b.difference ?? 0) - (a.difference ?? 0));
  const strongest = findings[0] ?? null;
  return {
    observations: observations.length,
    results,
    strongest,
    suggestion: strongest ? `Your log suggests ${strongest.trigger.suggests}: ${strongest.trigger.tryThis}` : null,
  };
}

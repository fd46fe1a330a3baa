import type { RandomSource } from "./seeded-random.ts";

export interface MeanDifference {
  /** Mean of the exposed group minus mean of the others. */
  difference: number;
  meanWith: number;
  meanWithout: number;
  /** One-sided permutation p-value for "higher with the exposure" ((exceedances + 1) / (permutations + 1)). */
  pValue: number;
  /** Percentile bootstrap interval of the difference (resampling within each group). */
  interval: [number, number];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Next-day pain after exposed runs against the others. The p-value comes from a permutation test: under
 * no link, which runs were "exposed" is exchangeable, so shuffling the labels gives the null
 * distribution exactly (a Monte Carlo p of this form never understates it). The interval is a
 * bootstrap, for showing how uncertain the size is; the decision uses the permutation p.
 */
export function meanDifferenceTest(input: {
  /** Next-day pain after runs with the exposure. */
  withExposure: readonly number[];
  /** Next-day pain after the other runs. */
  withoutExposure: readonly number[];
  random: RandomSource;
  permutations?: number;
  bootstraps?: number;
  /** Two-sided coverage of the interval, e.g. 0.95. */
  coverage?: number;
}): MeanDifference {
  const { withExposure, withoutExposure, random } = input;
  const permutations = input.permutations ?? 999;
  const bootstraps = input.bootstraps ?? 1000;
  const coverage = input.coverage ?? 0.95;
  const meanWith = mean(withExposure);
  const meanWithout = mean(withoutExposure);
  const difference = meanWith - meanWithout;

  const pooled = [...withExposure, ...withoutExposure];
  const total = pooled.reduce((sum, value) => sum + value, 0);
  const k = withExposure.length;
  const n = pooled.length;
  let exceed = 0;
  for (let round = 0; round < permutations; round += 1) {
    // A partial Fisher-Yates shuffle: the first k places become the "exposed" group.
    let sumWith = 0;
    for (let index = 0; index < k; index += 1) {
      const pick = index + Math.floor(random() * (n - index));
      const value = pooled[pick] as number;
      pooled[pick] = pooled[index] as number;
      pooled[index] = value;
      sumWith += value;
    }
    const shuffled = sumWith / k - (total - sumWith) / (n - k);
    // A tiny tolerance so equal differences (common with whole-number pain) count as "as extreme".
    if (shuffled >= difference - 1e-9) exceed += 1;
  }

  const draws: number[] = [];
  for (let round = 0; round < bootstraps; round += 1) {
    let sumWith = 0;
    for (let index = 0; index < k; index += 1) sumWith += withExposure[Math.floor(random() * k)] as number;
    let sumWithout = 0;
    const m = withoutExposure.length;
    for (let index = 0; index < m; index += 1) sumWithout += withoutExposure[Math.floor(random() * m)] as number;
    draws.push(sumWith / k - sumWithout / m);
  }
  draws.sort((a, b) => a - b);
  const tail = (1 - coverage) / 2;
  const at = (share: number) => draws[Math.min(draws.length - 1, Math.max(0, Math.floor(share * draws.length)))] ?? 0;

  return {
    difference,
    meanWith,
    meanWithout,
    pValue: (exceed + 1) / (permutations + 1),
    interval: [at(tail), at(1 - tail)],
  };
}

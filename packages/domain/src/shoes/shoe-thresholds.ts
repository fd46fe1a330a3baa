/**
 * A pair's own wear thresholds must be in order: "replace" past "warn", or the runner is told to replace
 * the shoe before ever being warned (issue 9, defect 12: replace at 0 m, warn at 500 km). A threshold
 * left empty follows the protocol, and a pair may set only "replace" below the protocol's warning
 * distance (a runner who retires pairs early): the replace verdict then simply comes first.
 */
export interface ShoeThresholdsInput {
  /** The pair's own warning distance, metres; null = the protocol's. */
  warnAtMeters: number | null;
  /** The pair's own replacement distance, metres; null = the protocol's. */
  replaceAtMeters: number | null;
}

export interface ShoeThresholdsProblem {
  field: "replaceAtMeters";
  message: string;
}

export function shoeThresholdsProblem(input: ShoeThresholdsInput): ShoeThresholdsProblem | null {
  const { warnAtMeters, replaceAtMeters } = input;
  if (warnAtMeters === null || replaceAtMeters === null || replaceAtMeters > warnAtMeters) return null;
  const km = (meters: number) => `${Math.round(meters / 100) / 10} km`;
  return {
    field: "replaceAtMeters",
    message: `The replacement distance (${km(replaceAtMeters)}) must be more than the warning distance (${km(warnAtMeters)}).`,
  };
}

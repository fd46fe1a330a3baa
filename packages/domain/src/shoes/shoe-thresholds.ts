/**
 * A pair's wear thresholds must be in order: "replace" past "warn", or the runner is told to replace
 * the shoe before ever being warned. A threshold left empty is the protocol's default, so it counts
 * in the comparison too (issue 9, defect 12).
 */
export interface ShoeThresholdsInput {
  /** The pair's own warning distance, metres; null = the protocol's. */
  warnAtMeters: number | null;
  /** The pair's own replacement distance, metres; null = the protocol's. */
  replaceAtMeters: number | null;
  /** The protocol's defaults (defaultProtocol.shoes). */
  defaults: { warnAtMeters: number; replaceAtMeters: number };
}

export interface ShoeThresholdsProblem {
  field: "warnAtMeters" | "replaceAtMeters";
  message: string;
}

export function shoeThresholdsProblem(input: ShoeThresholdsInput): ShoeThresholdsProblem | null {
  const warnAtMeters = input.warnAtMeters ?? input.defaults.warnAtMeters;
  const replaceAtMeters = input.replaceAtMeters ?? input.defaults.replaceAtMeters;
  if (replaceAtMeters > warnAtMeters) return null;
  const km = (meters: number) => `${Math.round(meters / 100) / 10} km`;
  return {
    field: input.replaceAtMeters === null ? "warnAtMeters" : "replaceAtMeters",
    message: `The replacement distance (${km(replaceAtMeters)}) must be more than the warning distance (${km(warnAtMeters)}).`,
  };
}

import type { Dosage } from "./protocol-types.ts";

export interface DosageSecondsInput {
  /** The exercise's dosage. */
  dosage: Dosage;
  /** Time one controlled repetition takes, in seconds (slow rehab tempo is about 3). */
  secondsPerRep: number;
}

/**
 * How long one exercise takes in seconds, excluding rest, so the app can show and check a circuit's
 * length. Per-side work counts both sides; repeat-daily counts one bout.
 */
export function dosageSeconds({ dosage, secondsPerRep }: DosageSecondsInput): number {
  switch (dosage.kind) {
    case "sets-reps":
      return dosage.sets * dosage.reps * (dosage.perSide ? 2 : 1) * secondsPerRep;
    case "duration":
      return dosage.durationSeconds * (dosage.perSide ? 2 : 1);
    case "repeat-daily":
      return dosage.durationSeconds;
  }
}

import type { Dosage, Exercise, ReturnWeek } from "../protocol/protocol-types.ts";
import { formatWeight } from "../units/format-units.ts";

function minutesOrSeconds(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** "3 × 10 per side", "2 min", "2 min per side", "10 min × 4 a day". */
export function formatDosage(dosage: Dosage): string {
  switch (dosage.kind) {
    case "sets-reps":
      return `${dosage.sets} × ${dosage.reps}${dosage.perSide ? " per side" : ""}`;
    case "duration":
      return `${minutesOrSeconds(dosage.durationSeconds)}${dosage.perSide ? " per side" : ""}`;
    case "repeat-daily":
      return `${minutesOrSeconds(dosage.durationSeconds)} × ${dosage.timesPerDay} a day`;
  }
}

/** "Dead bugs 3 × 10 per side; Glute bridges with a band 3 × 12; ... (optional: ... 2.3 kg)". */
export function formatExerciseList(exercises: readonly Exercise[]): string {
  return exercises
    .map((exercise) => {
      const load = exercise.loadKg !== undefined ? ` with ${formatWeight(exercise.loadKg, "kg")}` : "";
      return `${exercise.optional ? "optional: " : ""}${exercise.name} ${formatDosage(exercise.dosage)}${load}`;
    })
    .join("; ");
}

/** "1 min run / 3 min walk × 6 rounds". */
export function formatWalkRun(week: ReturnWeek): string {
  return `${minutesOrSeconds(week.runSeconds)} run / ${minutesOrSeconds(week.walkSeconds)} walk × ${week.rounds} rounds`;
}

/** Total seconds of one walk/run session. */
export function walkRunSeconds(week: ReturnWeek): number {
  return (week.runSeconds + week.walkSeconds) * week.rounds;
}

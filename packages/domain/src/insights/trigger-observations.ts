import { addDays } from "../dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import {
  daysWithoutRestAtLeast,
  descentMetersAtLeast,
  downhillShareOver,
  lowDropMillimetersUnder,
  spikeRatioOver,
  type TriggerId,
  weeklyJumpShareOver,
  wornShoeMetersAtLeast,
} from "./trigger-definitions.ts";

export interface TriggerObservation {
  runEventId: string;
  localDate: LocalDate;
  /** The highest pain the next day (check-ins and flare-ups). */
  nextDayPain0to10: number;
  /** Each trigger: true, false, or null when the run does not say (no downhill data, no shoe...). */
  exposures: Record<TriggerId, boolean | null>;
}

export interface TriggerShoe {
  id: string;
  /** Distance on the pair before it was added. */
  startDistanceMeters: number;
  dropMm: number | null;
}

const daySum = (byDay: Map<LocalDate, number>, from: LocalDate, to: LocalDate) => {
  let total = 0;
  for (const [day, meters] of byDay) if (day >= from && day <= to) total += meters;
  return total;
};

/**
 * One observation per run that has a pain reading the next day: the pain, and what the run had.
 * `events` is the effective log (corrections and deletions applied), sorted.
 */
export function triggerObservations(input: {
  events: readonly BackstrideEvent[];
  shoes: readonly TriggerShoe[];
  /** The lower end of the runner's cadence target, steps per minute. */
  cadenceTargetMin: number;
}): TriggerObservation[] {
  const nextPain = new Map<LocalDate, number>();
  for (const event of input.events) {
    if (event.type === "pain.checkin" || event.type === "flare-up.reported") {
      nextPain.set(event.localDate, Math.max(nextPain.get(event.localDate) ?? 0, event.pain0to10));
    }
  }
  const runs = input.events.flatMap((event) => (event.type === "run.logged" ? [event] : []));
  const metersByDay = new Map<LocalDate, number>();
  const concreteDays = new Set<LocalDate>();
  for (const run of runs) {
    metersByDay.set(run.localDate, (metersByDay.get(run.localDate) ?? 0) + run.distanceMeters);
    if (run.surface === "concrete") concreteDays.add(run.localDate);
  }
  const shoes = new Map(input.shoes.map((shoe) => [shoe.id, shoe]));
  const shoeMeters = new Map<string, number>();
  const observations: TriggerObservation[] = [];

  for (const run of runs) {
    const shoe = run.shoeId ? shoes.get(run.shoeId) : undefined;
    const shoeSoFar = shoe ? shoe.startDistanceMeters + (shoeMeters.get(shoe.id) ?? 0) : null;
    if (shoe) shoeMeters.set(shoe.id, (shoeMeters.get(shoe.id) ?? 0) + run.distanceMeters);
    const pain = nextPain.get(addDays(run.localDate, 1));
    if (pain === undefined) continue;

    const thisWeek = daySum(metersByDay, addDays(run.localDate, -6), run.localDate);
    const lastWeek = daySum(metersByDay, addDays(run.localDate, -13), addDays(run.localDate, -7));
    let longest = 0;
    for (const other of runs) {
      if (other.localDate >= addDays(run.localDate, -30) && other.localDate < run.localDate) {
        longest = Math.max(longest, other.distanceMeters);
      }
    }
    let daysInARow = 0;
    while (metersByDay.has(addDays(run.localDate, -(daysInARow + 1)))) daysInARow += 1;

    observations.push({
      runEventId: run.id,
      localDate: run.localDate,
      nextDayPain0to10: pain,
      exposures: {
        downhill: run.downhillShare === undefined ? null : run.downhillShare > downhillShareOver,
        descent: run.elevationLossMeters === undefined ? null : run.elevationLossMeters >= descentMetersAtLeast,
        "weekly-jump": lastWeek > 0 ? thisWeek > lastWeek * (1 + weeklyJumpShareOver) : null,
        "single-run-spike": longest > 0 ? run.distanceMeters > longest * spikeRatioOver : null,
        "concrete-back-to-back":
          run.surface === "unknown" ? null : run.surface === "concrete" && concreteDays.has(addDays(run.localDate, -1)),
        "worn-shoes": shoeSoFar === null ? null : shoeSoFar >= wornShoeMetersAtLeast,
        "low-drop-shoes": shoe?.dropMm == null ? null : shoe.dropMm < lowDropMillimetersUnder,
        "low-cadence":
          run.cadenceStepsPerMinute === undefined ? null : run.cadenceStepsPerMinute < input.cadenceTargetMin,
        "no-rest-day": daysInARow >= daysWithoutRestAtLeast,
      },
    });
  }
  return observations;
}

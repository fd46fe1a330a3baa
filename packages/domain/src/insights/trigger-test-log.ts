import { addDays } from "../dates/add-days.ts";
import type { BackstrideEvent } from "../events/events.ts";
import type { RandomSource } from "./seeded-random.ts";
import type { TriggerShoe } from "./trigger-observations.ts";

/**
 * Generated running logs for validating the trigger statistics (used by tests only): a run every other
 * day with random downhill, descent, surface, cadence and shoe, and a pain check-in the next morning.
 * Next-day pain is 1.5 plus normal noise (SD `noiseSd`), rounded and kept in 0-10, plus `effectPoints`
 * after runs with more than 8% downhill. With `effectPoints` 0 nothing in the log relates to pain.
 */
export const testShoes: TriggerShoe[] = [
  { id: "shoe-a", startDistanceMeters: 0, dropMm: 10 },
  { id: "shoe-b", startDistanceMeters: 450_000, dropMm: 4 },
];

export function triggerTestLog(input: {
  random: RandomSource;
  runs: number;
  effectPoints: number;
  /** Share of runs with more than 8% downhill. */
  downhillShare: number;
  noiseSd: number;
}): BackstrideEvent[] {
  const { random } = input;
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const surfaces = ["asphalt", "concrete", "trail"] as const;
  const events: BackstrideEvent[] = [];
  let counter = 0;
  const id = () => {
    counter += 1;
    return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
  };
  for (let index = 0; index < input.runs; index += 1) {
    const localDate = addDays("2026-01-05", index * 2);
    const downhill = random() < input.downhillShare;
    events.push({
      id: id(),
      version: 1,
      type: "run.logged",
      occurredAt: `${localDate}T18:00:00+00:00`,
      localDate,
      distanceMeters: 4000 + Math.floor(random() * 6000),
      durationSeconds: 1800 + Math.floor(random() * 1800),
      surface: surfaces[Math.floor(random() * surfaces.length)] ?? "asphalt",
      shoeId: random() < 0.5 ? "shoe-a" : "shoe-b",
      source: "manual",
      cadenceStepsPerMinute: 160 + Math.floor(random() * 20),
      downhillShare: downhill ? 0.09 + random() * 0.1 : random() * 0.07,
      elevationLossMeters: 20 + Math.floor(random() * 180),
    });
    const pain = Math.round(1.5 + input.noiseSd * normal() + (downhill ? input.effectPoints : 0));
    const next = addDays(localDate, 1);
    events.push({
      id: id(),
      version: 1,
      type: "pain.checkin",
      occurredAt: `${next}T08:00:00+00:00`,
      localDate: next,
      pain0to10: Math.max(0, Math.min(10, pain)),
      legSymptoms: false,
      moment: "morning",
    });
  }
  return events;
}

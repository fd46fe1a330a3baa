/**
 * The plan engine uncached: planFor over a year's log (a check-in a day, a run every other day: 550
 * events), as the web computes it after each entry and the server after each write. The floor, measured
 * in the same run, is reading that log once the way every fold starts: sorted and amended. Prints the
 * time per plan and its ratio to the floor; nothing is asserted.
 *
 *   npx tsx bench/plan/run.ts
 */
import { loadavg } from "node:os";
import { addDays, type BackstrideEvent, defaultProtocol, effectiveLog, planFor, sortEvents } from "@backstride/domain";

const start = "2025-11-01";
const events: BackstrideEvent[] = [];
let counter = 0;
function base(localDate: string, hour: number) {
  counter += 1;
  return {
    id: `00000000-0000-7000-8000-${counter.toString(16).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T${String(hour).padStart(2, "0")}:00:00Z`,
    localDate,
  };
}
events.push({ ...base(start, 8), type: "triage.answered", answers: {}, context: "onboarding" });
events.push({ ...base(start, 9), type: "causes.assessed", answers: {} });
for (let day = 0; day < 365; day += 1) {
  const date = addDays(start, day);
  events.push({ ...base(date, 20), type: "pain.checkin", pain0to10: 1, legSymptoms: false });
  if (day % 2 === 0) {
    events.push({
      ...base(date, 7),
      type: "run.logged",
      distanceMeters: 5000,
      durationSeconds: 1800,
      surface: "asphalt",
      source: "manual",
      painDuring0to10: 1,
      painAfter0to10: 1,
    });
  }
}
const today = addDays(start, 364);

function msPer(rounds: number, work: () => unknown): number {
  for (let i = 0; i < 5; i += 1) work();
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) work();
  return (performance.now() - started) / rounds;
}

const floorMs = msPer(200, () => effectiveLog(sortEvents(events)));
const planMs = msPer(50, () => planFor(events, defaultProtocol, today));
console.log(`${events.length} events, load average ${loadavg()[0]?.toFixed(1)} on the machine`);
console.log(`read the log once (sort + amend), floor: ${floorMs.toFixed(2)} ms`);
console.log(`planFor, uncached:                      ${planMs.toFixed(2)} ms`);
console.log(
  `planFor / floor: ${(planMs / floorMs).toFixed(1)}x (a plan folds the log for today and each past day of the week)`,
);

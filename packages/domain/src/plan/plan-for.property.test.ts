import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { weeklyDistanceMeters } from "../load/weekly-distance.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { evaluateRedFlags } from "../triage/evaluate-red-flags.ts";
import { coachSettingsAt } from "./coach-settings.ts";
import { planFor } from "./plan-for.ts";
import { sortEvents } from "./sort-events.ts";

const START: LocalDate = "2026-03-02";
const RUNNING_KINDS = new Set(["walk-run", "run"]);

type Step = { day: number; hour: number; pick: number; pain: number; distance: number; flag: number };

const stepArb = fc.record({
  day: fc.integer({ min: 0, max: 70 }),
  hour: fc.integer({ min: 0, max: 23 }),
  pick: fc.integer({ min: 0, max: 99 }),
  pain: fc.integer({ min: 0, max: 10 }),
  distance: fc.integer({ min: 500, max: 15_000 }),
  flag: fc.integer({ min: 0, max: 9 }),
});

const FLAG_ANSWERS: Record<string, boolean>[] = [
  {},
  {},
  {},
  {},
  { "saddle-numbness": true },
  { "leg-pain-below-knee": true },
  { "night-pain-waking": true },
  { "inflammatory-pattern": true },
  {},
  {},
];

/** Turns random steps into an event log: mostly sessions and runs, sometimes flags, flare-ups, coaches. */
function toEvents(steps: Step[], prefix: BackstrideEvent[]): BackstrideEvent[] {
  const l = eventLog();
  const events = [...prefix];
  steps.forEach((s, index) => {
    const date = addDays(START, s.day);
    const at = {
      occurredAt: `${date}T${String(s.hour).padStart(2, "0")}:00:00Z`,
      id: `10000000-0000-7000-8000-${index.toString(16).padStart(12, "0")}`,
    };
    const lowPain = s.pain % 4;
    let event: BackstrideEvent;
    if (s.pick < 30) event = l.walkRun(date, s.flag < 7 ? lowPain : s.pain);
    else if (s.pick < 55)
      event = l.run(date, s.distance, {
        painDuring0to10: s.flag < 7 ? lowPain : s.pain,
        surface: s.flag % 3 === 0 ? "concrete" : "trail",
      });
    else if (s.pick < 68) event = l.pain(date, s.flag < 6 ? lowPain : s.pain, s.flag === 9);
    else if (s.pick < 74) event = l.session(date, "rehab-circuit");
    else if (s.pick < 78) event = l.session(date, "strength");
    else if (s.pick < 82) event = l.triage(date, FLAG_ANSWERS[s.flag] ?? {}, "recheck");
    else if (s.pick < 86) event = l.flareUp(date, s.pain);
    else if (s.pick < 88) event = l.clearance(date);
    else if (s.pick < 90) event = l.session(date, "walk-run", { endedEarly: true });
    else if (s.pick < 93)
      event = l.coach(date, {
        kind: "pain-threshold",
        pain0to10: 1 + (s.pain % 5),
        ...(s.flag % 2 === 0 ? { reason: "agreed with the runner's physio" } : {}),
      });
    else if (s.pick < 95) event = l.coach(date, { kind: "hold-week", reason: "hold" });
    else if (s.pick < 97) event = l.coach(date, { kind: "weekly-distance-cap", distanceMeters: s.distance * 2 });
    else if (s.pick < 98) event = l.coach(date, { kind: "rebuild-first", enabled: s.flag % 2 === 0 });
    else event = l.causes(date);
    events.push({ ...event, ...at });
    // Most runners answer the warning-sign questions when asked again; some leave them for later.
    const asksAgain = event.type === "flare-up.reported" || (event.type === "pain.checkin" && event.pain0to10 >= 5);
    if ((asksAgain || (event.type === "pain.checkin" && event.legSymptoms)) && s.flag % 3 !== 0) {
      const answered = l.triage(date, {}, "recheck");
      events.push({
        ...answered,
        occurredAt: `${date}T${String(Math.min(23, s.hour + 1)).padStart(2, "0")}:30:00Z`,
        id: `40000000-0000-7000-8000-${index.toString(16).padStart(12, "0")}`,
      });
    }
  });
  return events;
}

/** A clean run through weeks 1-3 (week 3 with 12 km of runs), so random tails often reach week 4+. */
function happyPrefix(): BackstrideEvent[] {
  const l = eventLog();
  const prefix = [...l.onboard(START)];
  for (const day of ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-11", "2026-03-13"]) {
    prefix.push(l.walkRun(day, 1));
  }
  for (const day of ["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"]) {
    prefix.push(l.run(day, 3000, { painDuring0to10: 1, painAfter0to10: 1 }));
  }
  return prefix.map((e, i) => ({ ...e, id: `20000000-0000-7000-8000-${i.toString(16).padStart(12, "0")}` }));
}

const logArb = fc
  .tuple(fc.array(stepArb, { maxLength: 40 }), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 75 }))
  .map(([steps, onboarded, happy, todayOffset]) => {
    const l = eventLog();
    const prefix = happy
      ? happyPrefix()
      : onboarded
        ? l.onboard(START).map((e, i) => ({ ...e, id: `30000000-0000-7000-8000-${i.toString(16).padStart(12, "0")}` }))
        : [];
    const tail = happy ? steps.map((s) => ({ ...s, day: 21 + (s.day % 50) })) : steps;
    return { events: toEvents(tail, prefix), today: addDays(START, happy ? 21 + todayOffset : todayOffset) };
  });

const RUNS = { numRuns: 300 };

/** Independent of the engine: a blocking red flag answered on or before today with no clearance after it. */
function blockingFlagOpen(events: BackstrideEvent[], today: LocalDate): boolean {
  let open = false;
  for (const event of sortEvents(events)) {
    if (event.localDate > today) break;
    if (event.type === "triage.answered" && evaluateRedFlags(event.answers).blocksRunningUntilClearance) open = true;
    if (event.type === "clearance.recorded") open = false;
  }
  return open;
}

/** Independent of the engine: a run or walk/run at or above the stop in force, within the last 3 days. */
function recentPainStop(events: BackstrideEvent[], today: LocalDate): boolean {
  const sorted = sortEvents(events);
  return sorted.some((event) => {
    if (event.localDate > today || event.localDate < addDays(today, -defaultProtocol.pain.noImpactDaysMin))
      return false;
    const isRun = event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run");
    if (!isRun) return false;
    const threshold = coachSettingsAt({
      events: sorted,
      date: event.localDate,
      protocol: defaultProtocol,
    }).stopThreshold0to10;
    const during = event.painDuring0to10 ?? -1;
    const after = event.painAfter0to10 ?? -1;
    return during >= threshold || after >= threshold;
  });
}

describe("planFor properties", () => {
  it("reaches every phase, blocking flags, no-impact days and capped runs often enough to mean something", () => {
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    for (const { events, today } of fc.sample(logArb, { numRuns: 300, seed: 42 })) {
      const state = planFor(events, defaultProtocol, today);
      count(state.phase);
      if (state.redFlag?.blocksRunningUntilClearance) count("blocked");
      count(`state:${state.state.name}`);
      if (state.tasks.some((t) => t.maxDistanceMeters !== undefined)) count("capped-run");
    }
    // Relief lasts 3 days and needs a flare-up just before today, so it is rarer than the rest.
    const minimum = {
      onboarding: 5,
      relief: 1,
      rebuild: 5,
      progression: 5,
      blocked: 5,
      "state:no-impact": 5,
      "state:awaiting-triage": 5,
      "state:blocked-by-flag": 5,
      "capped-run": 5,
    };
    console.info(Object.fromEntries([...seen].sort()));
    for (const [key, least] of Object.entries(minimum)) expect(seen.get(key) ?? 0, key).toBeGreaterThanOrEqual(least);
  });

  it("is deterministic and ignores the order events arrive in", () => {
    fc.assert(
      fc.property(logArb, ({ events, today }) => {
        const first = planFor(events, defaultProtocol, today);
        expect(planFor(events, defaultProtocol, today)).toEqual(first);
        expect(planFor([...events].reverse(), defaultProtocol, today)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it("never prescribes running while an emergency or urgent flag is open", () => {
    fc.assert(
      fc.property(logArb, ({ events, today }) => {
        const state = planFor(events, defaultProtocol, today);
        if (blockingFlagOpen(events, today)) {
          expect(state.runningAllowed).toBe(false);
          expect(state.tasks.filter((t) => RUNNING_KINDS.has(t.kind))).toEqual([]);
        }
        if (state.redFlag?.level === "emergency") expect(state.tasks.map((t) => t.kind)).toEqual(["seek-care"]);
      }),
      RUNS,
    );
  });

  it("never prescribes running on a no-impact day", () => {
    fc.assert(
      fc.property(logArb, ({ events, today }) => {
        const state = planFor(events, defaultProtocol, today);
        const noImpact = state.noImpactUntil !== null && today <= state.noImpactUntil;
        if (noImpact || !state.runningAllowed || recentPainStop(events, today)) {
          expect(state.runningAllowed).toBe(false);
          expect(state.tasks.filter((t) => RUNNING_KINDS.has(t.kind) && !t.done)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("in week 4+ plans no more than 110% of the previous week", () => {
    fc.assert(
      fc.property(logArb, ({ events, today }) => {
        const state = planFor(events, defaultProtocol, today);
        const run = state.tasks.find((t) => t.kind === "run");
        if (run?.maxDistanceMeters === undefined) return;
        const runs = events.flatMap((e) => (e.type === "run.logged" && e.localDate <= today ? [e] : []));
        const beforeToday = weeklyDistanceMeters({ runs, date: today, before: today });
        const previous = weeklyDistanceMeters({ runs, date: addDays(isoWeekStart(today), -1) });
        const planned = beforeToday + run.maxDistanceMeters;
        const coachCap = coachSettingsAt({
          events: sortEvents(events),
          date: today,
          protocol: defaultProtocol,
        }).weeklyCapMeters;
        expect(state.week ?? 0).toBeGreaterThanOrEqual(4);
        // The plan never adds distance beyond the cap; runs already logged may have passed it (then 0 is planned).
        if (run.maxDistanceMeters === 0) return;
        if (previous > 0)
          expect(planned).toBeLessThanOrEqual(previous * (1 + defaultProtocol.load.maxWeeklyIncreaseShare) + 1e-6);
        else expect(coachCap !== null && planned <= coachCap).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("gives every task and every decision a reason, and unique task ids", () => {
    fc.assert(
      fc.property(logArb, ({ events, today }) => {
        const state = planFor(events, defaultProtocol, today);
        for (const task of state.tasks) {
          expect(task.reason.text.trim()).not.toBe("");
          expect(task.reason.code).not.toBe("");
        }
        for (const reason of state.reasons) expect(reason.text.trim()).not.toBe("");
        expect(new Set(state.tasks.map((t) => t.id)).size).toBe(state.tasks.length);
        expect(state.week7).toHaveLength(7);
        if (!state.runningAllowed) expect(state.reasons.some((r) => r.code.startsWith("no-running"))).toBe(true);
      }),
      RUNS,
    );
  });
});

import type { ReturnWeek } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { buildCueSchedule, type Cue } from "./cue-schedule.ts";
import { createLookaheadScheduler, cuesInWindow, type ScheduledCue } from "./lookahead-scheduler.ts";
import { buildWalkRunPlan } from "./session-plan.ts";

const week1: ReturnWeek = {
  week: 1,
  runSeconds: 60,
  walkSeconds: 180,
  rounds: 6,
  sessionsPerWeek: 3,
  prep: { id: "p", title: "Prep", detail: "", timing: "during" },
  sources: [],
};
const schedule = buildCueSchedule(buildWalkRunPlan({ title: "Walk/run 1", week: week1 }));

describe("cuesInWindow", () => {
  it("maps session times onto the audio clock", () => {
    const found = cuesInWindow(schedule, 100, 100.1, 100);
    expect(found.map((s) => [s.cue.kind, s.audioTime])).toEqual([
      ["round", 100],
      ["phase-start", 100],
    ]);
  });

  it("is half-open: a cue at the window's end belongs to the next window", () => {
    expect(cuesInWindow(schedule, 50, 57, 0).map((s) => s.cue.atSeconds)).toEqual([]);
    expect(cuesInWindow(schedule, 57, 58, 0).map((s) => s.cue.label)).toEqual(["3"]);
  });

  it("gives every cue exactly once over back-to-back 100 ms windows", () => {
    const start = 3.7;
    const seen: Cue[] = [];
    // Each boundary is computed once the same way, so the windows tile the clock with no gap.
    const boundary = (k: number) => start + k / 10;
    for (let k = 0; boundary(k) <= start + 1441; k += 1) {
      seen.push(...cuesInWindow(schedule, boundary(k), boundary(k + 1), start).map((s) => s.cue));
    }
    expect(seen).toEqual(schedule);
  });
});

describe("lookahead scheduler", () => {
  function fakeScheduler(lookaheadSeconds = 0.1) {
    const clock = { currentTime: 0 };
    const played: ScheduledCue[] = [];
    const scheduler = createLookaheadScheduler({
      clock,
      collect: (from, to, origin) => cuesInWindow(schedule, from, to, origin),
      onCue: (scheduled) => played.push(scheduled),
      lookaheadSeconds: () => lookaheadSeconds,
      timers: { setInterval: () => 1, clearInterval: () => undefined },
    });
    return { clock, played, scheduler };
  }

  it("schedules cues ahead of time on the audio clock as the clock advances", () => {
    const { clock, played, scheduler } = fakeScheduler();
    clock.currentTime = 10;
    scheduler.start(10, 10);
    expect(played.map((s) => s.cue.kind)).toEqual(["round", "phase-start"]);
    clock.currentTime = 66.95;
    scheduler.tick();
    expect(played.at(-1)).toMatchObject({ audioTime: 67, cue: { kind: "countdown", label: "3" } });
  });

  it("after a pause, restarts from the paused session time without repeating cues", () => {
    const { clock, played, scheduler } = fakeScheduler();
    scheduler.start(0, 0);
    clock.currentTime = 56.95;
    scheduler.tick();
    scheduler.stop();
    const before = played.length;
    // Paused at session 57 − 0.05; resumed 100 s later: the origin moves by the pause.
    const frozen = 56.95;
    clock.currentTime = 156.95;
    const origin = clock.currentTime - frozen;
    scheduler.start(origin, origin + frozen);
    clock.currentTime = 157.02;
    scheduler.tick();
    const after = played.slice(before);
    expect(after.map((s) => s.cue.label)).toEqual(["3"]);
    expect(after[0]?.audioTime).toBe(origin + 57);
  });

  it("plays a slightly late cue now and drops one from a stalled tab", () => {
    const { clock, played, scheduler } = fakeScheduler();
    scheduler.start(0, 0);
    clock.currentTime = 57.5;
    scheduler.tick();
    expect(played.at(-1)).toMatchObject({ audioTime: 57.5, cue: { label: "3" } });
    clock.currentTime = 240.05 + 30;
    scheduler.tick();
    expect(played.some((s) => s.cue.atSeconds === 240)).toBe(false);
  });
});

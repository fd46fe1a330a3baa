import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { planFor } from "./plan-for.ts";

describe("planFor", () => {
  it("writes the no-running reason with dates and the pain that caused it", () => {
    const l = eventLog();
    const state = planFor([...l.onboard("2026-03-02"), l.walkRun("2026-03-10", 4)], defaultProtocol, "2026-03-11");
    const why = state.reasons.find((r) => r.code === "no-running-pain-stop");
    expect(why?.text).toBe(
      "Running again from Sat 14 Mar (no impact through Fri 13 Mar): pain 4/10 during Tue 10 Mar's walk/run, at or above the 3/10 stop.",
    );
    expect(why?.sources.map((s) => s.id)).toEqual(["article"]);
    expect(state.noImpactUntil).toBe("2026-03-13");
    expect(state.nextMilestone).toMatchObject({ title: "Running again", date: "2026-03-14" });
  });
  it("shows Monday to Sunday with past days as they were planned", () => {
    const l = eventLog();
    const state = planFor([...l.onboard("2026-03-02"), l.walkRun("2026-03-04", 4)], defaultProtocol, "2026-03-05");
    expect(state.week7.map((d) => d.date)).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
    ]);
    expect(state.week7.map((d) => d.impactAllowed)).toEqual([true, true, false, false, false, false, true]);
    expect(state.week7[2]?.done).toBe(true);
    expect(state.week7[2]?.summary).toContain("done: walk/run");
  });
  it("reports the week's load", () => {
    const l = eventLog();
    const state = planFor(
      [...l.onboard("2026-03-02"), l.run("2026-02-24", 5000), l.run("2026-03-03", 4000)],
      defaultProtocol,
      "2026-03-04",
    );
    expect(state.load).toEqual({
      thisWeekMeters: 4000,
      lastWeekMeters: 5000,
      weeklyCapMeters: null,
      longestRecentRunMeters: 5000,
      // l.run takes 0.36 s a metre: 4 km in 1440 s.
      thisWeekRunningSeconds: 1440,
      weeklyCapSeconds: null,
    });
  });
  it("does not change its answer when events after today are added", () => {
    const l = eventLog();
    const events = [...l.onboard("2026-03-02"), l.walkRun("2026-03-02")];
    expect(planFor([...events, l.flareUp("2026-03-09")], defaultProtocol, "2026-03-04")).toEqual(
      planFor(events, defaultProtocol, "2026-03-04"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { planContext } from "./plan-for.ts";
import { planTasks } from "./plan-tasks.ts";
import type { PlanReason } from "./plan-types.ts";

function tasksFor(events: Parameters<typeof planContext>[0]["events"], today: string) {
  const decisions: PlanReason[] = [];
  const tasks = planTasks(planContext({ events, protocol: defaultProtocol, today }), decisions);
  return { tasks, decisions };
}

describe("planTasks", () => {
  it("gives stable ids per day and kind", () => {
    const l = eventLog();
    const { tasks } = tasksFor(l.onboard("2026-03-02"), "2026-03-02");
    expect(tasks.map((t) => t.id)).toEqual([
      "2026-03-02:rehab-circuit",
      "2026-03-02:walk-run",
      "2026-03-02:pain-checkin",
    ]);
  });
  it("writes the walk/run dosage with the week's prep task", () => {
    const l = eventLog();
    const walkRun = tasksFor(l.onboard("2026-03-02"), "2026-03-02").tasks.find((t) => t.kind === "walk-run");
    expect(walkRun?.dosage).toBe(
      "1 min run / 3 min walk × 6 rounds · before: wake up your glutes (5 minutes of glute work before you start, for example bridges with the band.)",
    );
    expect(walkRun?.durationSeconds).toBe(24 * 60);
    expect(walkRun?.reason.text).toContain("session 1 of 3");
  });
  it("lists the relief tasks with the article's doses", () => {
    const l = eventLog();
    const { tasks } = tasksFor([...l.onboard("2026-03-02"), l.flareUp("2026-03-03")], "2026-03-03");
    const byId = Object.fromEntries(tasks.map((t) => [t.id, t]));
    expect(byId["2026-03-03:pool-walk:pool-walk"]?.dosage).toBe("20 min");
    expect(byId["2026-03-03:ice-heat:ice-then-heat"]?.dosage).toBe(
      "Ice pack 10 min, then Heating pad 15 min · 4 × a day",
    );
    expect(byId["2026-03-03:rest:avoid"]?.dosage).toContain("No stretching");
    expect(byId["2026-03-03:rest:avoid"]?.dosage).toContain("No foam roller");
  });
  it("marks a task done when today's event completes it", () => {
    const l = eventLog();
    const { tasks } = tasksFor([...l.onboard("2026-03-02"), l.walkRun("2026-03-02", 1)], "2026-03-02");
    expect(tasks.find((t) => t.kind === "walk-run")?.done).toBe(true);
    expect(tasks.find((t) => t.kind === "rehab-circuit")?.done).toBe(false);
  });
  it("offers movement without impact on a no-impact day", () => {
    const l = eventLog();
    const { tasks } = tasksFor([...l.onboard("2026-03-02"), l.walkRun("2026-03-02", 4)], "2026-03-03");
    expect(tasks.map((t) => t.kind)).toEqual(["rehab-circuit", "rest", "cross-training", "pain-checkin"]);
  });
});

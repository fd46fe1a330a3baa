import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { nextMilestone } from "./next-milestone.ts";
import { planContext } from "./plan-for.ts";

const milestone = (events: Parameters<typeof planContext>[0]["events"], today: string) =>
  nextMilestone(planContext({ events, protocol: defaultProtocol, today }));

describe("nextMilestone", () => {
  it("waits for a clearance while a red flag blocks running", () => {
    const l = eventLog();
    expect(
      milestone([l.triage("2026-03-02", { "cancer-history": true }), l.causes("2026-03-02")], "2026-03-03"),
    ).toMatchObject({
      title: "A clinician's all-clear",
      date: null,
    });
  });
  it("dates the next walk/run week from the sessions left and the 7-day minimum", () => {
    const l = eventLog();
    expect(milestone([...l.onboard("2026-03-02"), l.walkRun("2026-03-02")], "2026-03-03")).toMatchObject({
      title: "Walk/run week 2",
      date: "2026-03-09",
    });
    // Two sessions left from Fri 6 Mar, a rest day between: Fri and Sun, so week 2 from Mon 9 Mar... and
    // from Sat 7 Mar it can only be Tue 10 Mar.
    expect(milestone([...l.onboard("2026-03-02"), l.walkRun("2026-03-02")], "2026-03-07")).toMatchObject({
      date: "2026-03-10",
    });
  });
  it("names week 4 after return week 3", () => {
    const l = eventLog();
    const days = ["02", "04", "06", "09", "11", "13", "16"].map((d) => l.walkRun(`2026-03-${d}`));
    expect(milestone([...l.onboard("2026-03-02"), ...days], "2026-03-17")?.title).toBe("Week 4: gradual mileage");
  });
});

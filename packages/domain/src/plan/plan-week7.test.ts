import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { planContext, planFor } from "./plan-for.ts";
import { planWeek7 } from "./plan-week7.ts";

describe("planWeek7", () => {
  it("projects the rest of the week from today's state", () => {
    const l = eventLog();
    const ctx = planContext({
      // The flare-up at 10:00 asks the warning-sign questions again; answered at once here.
      events: [
        ...l.onboard("2026-03-02"),
        l.flareUp("2026-03-04"),
        { ...l.triage("2026-03-04", {}, "flare-up"), occurredAt: "2026-03-04T11:00:00Z" },
      ],
      protocol: defaultProtocol,
      today: "2026-03-04",
    });
    const days = planWeek7(ctx, () => ({ impactAllowed: true, summary: "past" }));
    expect(days.map((d) => [d.date, d.impactAllowed, d.summary])).toEqual([
      ["2026-03-02", true, "past"],
      ["2026-03-03", true, "past"],
      ["2026-03-04", true, "past"],
      ["2026-03-05", false, "Relief"],
      ["2026-03-06", false, "Relief"],
      // 72 hours from 10:00 Wednesday end at 10:00 Saturday: Saturday is still relief.
      ["2026-03-07", false, "Relief"],
      ["2026-03-08", true, "Circuit + walk/run week 1"],
    ]);
  });

  it("marks the days before the runner's first entry as before they started", () => {
    const l = eventLog();
    const ctx = planContext({ events: l.onboard("2026-03-04"), protocol: defaultProtocol, today: "2026-03-04" });
    const days = planWeek7(ctx, () => ({ impactAllowed: true, summary: "past" }));
    expect(days.slice(0, 3).map((d) => d.summary)).toEqual(["Before you started", "Before you started", "past"]);
  });

  it("shows the walk/run only on the days that hold one, a rest day between (issue #8.11)", () => {
    const l = eventLog();
    const state = planFor([...l.onboard("2026-03-02"), l.walkRun("2026-03-02", 1)], defaultProtocol, "2026-03-02");
    expect(state.week7.map((d) => [d.date.slice(8), d.summary])).toEqual([
      ["02", "Circuit + walk/run week 1 · done: walk/run"],
      ["03", "Circuit, no running"],
      ["04", "Circuit + walk/run week 1"],
      ["05", "Circuit, no running"],
      ["06", "Circuit + walk/run week 1"],
      ["07", "Circuit, no running"],
      ["08", "Circuit, no running"],
    ]);
  });
});

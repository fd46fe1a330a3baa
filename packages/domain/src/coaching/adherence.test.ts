import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { adherenceOver, complianceDays } from "./adherence.ts";

describe("complianceDays", () => {
  it("does not call a session ended early with no pain given a pain stop: its pain is unknown", () => {
    const l = eventLog();
    const events = [
      ...l.onboard("2026-03-02"),
      l.session("2026-03-02", "rehab-circuit"),
      l.session("2026-03-02", "walk-run", { endedEarly: true }),
    ];
    const [day] = complianceDays({
      events,
      protocol: defaultProtocol,
      from: "2026-03-02",
      to: "2026-03-02",
      today: "2026-03-03",
    });
    expect(day?.status).not.toBe("pain-stop");
  });

  it("writes a logged run's distance in the reader's unit", () => {
    const l = eventLog();
    const events = [...l.onboard("2026-03-02"), l.run("2026-03-03", 5000, { painDuring0to10: 1 })];
    const logged = (distanceUnit?: "km" | "mi") =>
      complianceDays({
        events,
        protocol: defaultProtocol,
        from: "2026-03-03",
        to: "2026-03-03",
        today: "2026-03-04",
        ...(distanceUnit ? { distanceUnit } : {}),
      })[0]?.logged;
    expect(logged()).toEqual(["run 5 km in 30 min, pain 1/10 during"]);
    expect(logged("mi")).toEqual(["run 3.1 mi in 30 min, pain 1/10 during"]);
  });

  it("judges each day against the plan as it stood that day", () => {
    const l = eventLog();
    const events = [
      ...l.onboard("2026-03-02"),
      l.session("2026-03-02", "rehab-circuit"),
      l.walkRun("2026-03-02", 1),
      l.session("2026-03-03", "rehab-circuit"),
      // 4 March: nothing. 5 March: a walk/run at the stop.
      l.walkRun("2026-03-05", 4),
    ];
    const days = complianceDays({
      events,
      protocol: defaultProtocol,
      from: "2026-03-01",
      to: "2026-03-08",
      today: "2026-03-07",
    });
    expect(days.map((day) => [day.date, day.status])).toEqual([
      ["2026-03-01", "before-start"],
      ["2026-03-02", "done"],
      ["2026-03-03", "done"],
      ["2026-03-04", "missed"],
      ["2026-03-05", "pain-stop"],
      ["2026-03-06", "missed"],
      ["2026-03-07", "open"],
    ]);
    expect(days[1]?.planned).toEqual(["rehab-circuit", "walk-run"]);
    expect(days[4]?.maxPain0to10).toBe(4);
    expect(days[4]?.logged[0]).toMatch(/^walk\/run \d+ min, (ended early, )?pain 4\/10 during/);
    // After the stop, impact is held: the circuit is still planned, running is not.
    expect(days[5]).toMatchObject({ impactHeld: true, planned: ["rehab-circuit"] });
  });

  it("marks a relief day with nothing planned as no impact", () => {
    const l = eventLog();
    const days = complianceDays({
      events: [...l.onboard("2026-03-02"), l.flareUp("2026-03-04")],
      protocol: defaultProtocol,
      from: "2026-03-04",
      to: "2026-03-04",
      today: "2026-03-05",
    });
    expect(days[0]).toMatchObject({ status: "no-impact", impactHeld: true, planned: [] });
  });
});

describe("adherenceOver", () => {
  const days = [
    { date: "2026-03-01", planned: 2, done: 2 },
    { date: "2026-03-05", planned: 2, done: 1 },
    { date: "2026-03-06", planned: 1, done: 0 },
    { date: "2026-03-07", planned: 2, done: 0 },
  ];
  it("counts planned tasks against done ones over the window, today only once done", () => {
    expect(adherenceOver({ days, today: "2026-03-07", windowDays: 7 })).toEqual({
      planned: 5,
      done: 3,
      share: 0.6,
      missed: 2,
    });
    expect(adherenceOver({ days, today: "2026-03-07", windowDays: 3 })).toEqual({
      planned: 3,
      done: 1,
      share: 1 / 3,
      missed: 2,
    });
  });
  it("has no share when nothing was planned", () => {
    expect(adherenceOver({ days: [], today: "2026-03-07", windowDays: 7 }).share).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { planFor } from "../../plan/plan-for.ts";
import { defaultProtocol } from "../../protocol/default-protocol.ts";
import { alertSnapshotOf } from "./alert-snapshot.ts";
import type { AlertSnapshot } from "./alert-types.ts";
import { alertsOnChange } from "./alerts.ts";
import { measuresDueAlert } from "./measures-due.ts";
import { missedSessionsAlert } from "./missed-sessions.ts";
import { newMessageAlert } from "./new-message.ts";
import { noCheckInAlert } from "./no-check-in.ts";

const quiet: AlertSnapshot = {
  today: "2026-03-10",
  stateName: "rebuild",
  stopThreshold0to10: 3,
  noImpactUntil: null,
  reasonCodes: ["rebuild-week", "walk-run-due"],
  redFlags: [],
  noImprovement: [],
  reasonTexts: {},
};

describe("alerts from the plan before and after new entries (engine in the loop)", () => {
  const l = eventLog();
  const onboarded = [...l.onboard("2026-03-02"), l.walkRun("2026-03-04", 1), l.walkRun("2026-03-06", 1)];
  const plan = (events: Parameters<typeof planFor>[0], today: string) =>
    alertSnapshotOf(planFor(events, defaultProtocol, today));

  it("a walk/run at 4/10 raises one pain-stop alert naming the stop in force", () => {
    const stopped = l.walkRun("2026-03-09", 4);
    const alerts = alertsOnChange({
      before: plan(onboarded, "2026-03-09"),
      after: plan([...onboarded, stopped], "2026-03-09"),
      newEvents: [stopped],
    });
    expect(alerts.map((alert) => [alert.rule, alert.key])).toEqual([["pain-stop", `pain-stop:${stopped.id}`]]);
    expect(alerts[0]?.title).toBe("Pain 4/10: at or above the stop (3/10)");
  });

  it("pain below the stop raises nothing", () => {
    const fine = l.walkRun("2026-03-09", 2);
    expect(
      alertsOnChange({
        before: plan(onboarded, "2026-03-09"),
        after: plan([...onboarded, fine], "2026-03-09"),
        newEvents: [fine],
      }),
    ).toEqual([]);
  });

  it("a red flag answered at a flare-up raises an urgent red-flag alert, once", () => {
    const flagged = l.triage("2026-03-09", { "leg-pain-below-knee": true }, "flare-up");
    const before = plan(onboarded, "2026-03-09");
    const after = plan([...onboarded, flagged], "2026-03-09");
    const alerts = alertsOnChange({ before, after, newEvents: [flagged] });
    expect(alerts.map((alert) => [alert.rule, alert.level])).toEqual([["red-flag", "urgent"]]);
    // The same flag still open after the next entry is not news.
    const checkin = l.pain("2026-03-09", 2);
    expect(
      alertsOnChange({
        before: after,
        after: plan([...onboarded, flagged, checkin], "2026-03-09"),
        newEvents: [checkin],
      }),
    ).toEqual([]);
  });
});

describe("alerts from snapshots", () => {
  it("a reason newly holding impact off for pain alerts even without a pain entry in the batch", () => {
    const after = { ...quiet, noImpactUntil: "2026-03-13", reasonCodes: ["no-running-pain-stop"] };
    const alerts = alertsOnChange({ before: quiet, after, newEvents: [] });
    expect(alerts.map((alert) => alert.key)).toEqual(["pain-stop:no-running-pain-stop:2026-03-13"]);
  });

  it("a high-pain hold newly in force (a reading at or above the stop) alerts too", () => {
    const after = { ...quiet, reasonCodes: ["no-running-pain-hold"] };
    const alerts = alertsOnChange({ before: quiet, after, newEvents: [] });
    expect(alerts.map((alert) => alert.rule)).toEqual(["pain-stop"]);
  });

  it("a next-morning worsening newly in force raises one alert", () => {
    const after = {
      ...quiet,
      reasonCodes: ["no-running-morning-worse"],
      reasonTexts: { "no-running-morning-worse": "Worse this morning: no running today." },
    };
    const alerts = alertsOnChange({ before: quiet, after, newEvents: [] });
    expect(alerts).toMatchObject([{ rule: "morning-worse", detail: "Worse this morning: no running today." }]);
    expect(alertsOnChange({ before: after, after, newEvents: [] })).toEqual([]);
  });

  it("no improvement after 2 weeks raises one alert per history entry", () => {
    const entry = { localDate: "2026-03-16", title: "No better after 2 weeks", detail: "Pain 5 → 4." };
    const after = { ...quiet, noImprovement: [entry] };
    expect(alertsOnChange({ before: quiet, after, newEvents: [] }).map((alert) => alert.key)).toEqual([
      "no-improvement:2026-03-16",
    ]);
    expect(alertsOnChange({ before: after, after, newEvents: [] })).toEqual([]);
  });

  it("emergencies sort first", () => {
    const after: AlertSnapshot = {
      ...quiet,
      noImprovement: [{ localDate: "2026-03-10", title: "No better", detail: "" }],
      redFlags: [{ id: "red-flag:2026-03-10", level: "emergency", title: "Go now", text: "Call", since: "2026-03-10" }],
    };
    expect(alertsOnChange({ before: quiet, after, newEvents: [] }).map((alert) => alert.rule)).toEqual([
      "red-flag",
      "no-improvement",
    ]);
  });

  it("with nothing to compare (first look), only open red flags and new entries speak", () => {
    const after = {
      ...quiet,
      reasonCodes: ["no-running-morning-worse"],
      noImprovement: [{ localDate: "2026-03-01", title: "x", detail: "" }],
    };
    expect(alertsOnChange({ before: null, after, newEvents: [] })).toEqual([]);
  });
});

describe("time-based rules", () => {
  it("no check-in for three days counts from the last check-in, keyed by it", () => {
    expect(noCheckInAlert({ lastCheckIn: "2026-03-08", startDate: "2026-03-01", today: "2026-03-10" })).toBeNull();
    expect(noCheckInAlert({ lastCheckIn: "2026-03-07", startDate: "2026-03-01", today: "2026-03-10" })).toMatchObject({
      key: "no-check-in:2026-03-07",
      title: "No check-in for 3 days",
    });
    expect(noCheckInAlert({ lastCheckIn: null, startDate: null, today: "2026-03-10" })).toBeNull();
  });

  it("three missed training days in a row since the last one done; rest days neither count nor break it", () => {
    const days = [
      { date: "2026-03-04", status: "done" },
      { date: "2026-03-05", status: "missed" },
      { date: "2026-03-06", status: "rest" },
      { date: "2026-03-07", status: "missed" },
    ];
    expect(missedSessionsAlert({ days })).toBeNull();
    expect(missedSessionsAlert({ days: [...days, { date: "2026-03-08", status: "missed" }] })).toMatchObject({
      key: "missed-sessions:2026-03-05",
      localDate: "2026-03-08",
    });
    expect(
      missedSessionsAlert({
        days: [...days, { date: "2026-03-08", status: "done" }, { date: "2026-03-09", status: "missed" }],
      }),
    ).toBeNull();
  });

  it("measures due name their timepoint; a new message quotes one line", () => {
    expect(
      measuresDueAlert({
        due: { timepoint: "week-2", dueDate: "2026-03-16", asksGlobalChange: true, title: "Your week-2 check" },
      }),
    ).toMatchObject({ key: "measures-due:week-2", title: "Outcome measures due: week-2 check" });
    expect(measuresDueAlert({ due: null })).toBeNull();
    expect(newMessageAlert({ messageId: "m1", body: "Back\n hurts   today", localDate: "2026-03-10" })).toMatchObject({
      key: "message:m1",
      detail: "Back hurts today",
    });
  });
});

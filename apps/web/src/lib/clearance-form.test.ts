import type { BackstrideEvent, PlanFlag, PlanState } from "@backstride/domain";
import { evaluateRedFlags } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import {
  type ClearanceInput,
  clearanceRecord,
  clearanceTargets,
  clinicianLabel,
  defaultChosen,
  earliestSeenOn,
  flagRaisedOn,
  validateClearance,
  whatHappensNext,
} from "./clearance-form.ts";

let n = 0;
function event(localDate: string, body: Record<string, unknown>): BackstrideEvent {
  n += 1;
  return {
    id: `0190a1b2-0000-7000-8000-${String(n).padStart(12, "0")}`,
    version: 1,
    occurredAt: `${localDate}T08:00:00+00:00`,
    localDate,
    ...body,
  } as BackstrideEvent;
}
const triage = (localDate: string, answers: Record<string, boolean>) =>
  event(localDate, { type: "triage.answered", answers, context: "recheck" });

const noImprovement: PlanFlag = {
  id: "no-improvement:2026-03-01",
  level: "soon",
  title: "No better after 2 weeks",
  text: "See a clinician within 2 weeks.",
  since: "2026-03-01",
  sources: [],
};

function plan(
  answers: Record<string, boolean>,
  flags: PlanFlag[] = [],
): Pick<PlanState, "redFlag" | "flags" | "history"> {
  const redFlag = evaluateRedFlags(answers);
  return { redFlag: redFlag.level === "none" ? null : redFlag, flags, history: [] };
}

const valid: ClearanceInput = {
  clinicianName: "Dr Lee",
  clinicianRole: "gp",
  seenOn: "2026-03-10",
  notes: "",
  chosen: ["saddle-numbness"],
  today: "2026-03-11",
};

describe("flagRaisedOn", () => {
  it("finds the first answer of the run that still holds the flag", () => {
    const events = [
      triage("2026-03-01", { "saddle-numbness": false }),
      triage("2026-03-04", { "saddle-numbness": true }),
      triage("2026-03-06", { "saddle-numbness": true }),
    ];
    expect(flagRaisedOn(events, "saddle-numbness")).toBe("2026-03-04");
    expect(flagRaisedOn(events, "bladder-change")).toBeNull();
  });

  it("starts again after a clearance that covered it, not after one for another flag", () => {
    const cleared = event("2026-03-05", { type: "clearance.recorded", clinician: "Dr Lee, GP" });
    const otherFlag = event("2026-03-07", {
      type: "clearance.recorded",
      clinician: "Sam, physiotherapist",
      flagIds: ["no-better-after-two-weeks"],
      kind: "visit",
    });
    const events = [
      triage("2026-03-04", { "saddle-numbness": true }),
      cleared,
      triage("2026-03-06", { "saddle-numbness": true }),
      otherFlag,
      triage("2026-03-08", { "saddle-numbness": true }),
    ];
    expect(flagRaisedOn(events, "saddle-numbness")).toBe("2026-03-06");
  });
});

describe("clearanceTargets", () => {
  it("offers each question of the open flag and a no-improvement alert, with their kinds", () => {
    const events = [triage("2026-03-04", { "saddle-numbness": true, "leg-pain-below-knee": true })];
    const targets = clearanceTargets(
      events,
      plan({ "saddle-numbness": true, "leg-pain-below-knee": true }, [noImprovement]),
    );
    expect(targets.map(({ key, level, kind, raisedOn, source }) => ({ key, level, kind, raisedOn, source }))).toEqual([
      { key: "saddle-numbness", level: "emergency", kind: "clearance", raisedOn: "2026-03-04", source: "red-flag" },
      { key: "leg-pain-below-knee", level: "urgent", kind: "clearance", raisedOn: "2026-03-04", source: "red-flag" },
      {
        key: "no-improvement:2026-03-01",
        level: "soon",
        kind: "visit",
        raisedOn: "2026-03-01",
        source: "no-improvement",
      },
    ]);
    expect(targets[2]?.flagIds).toEqual(["no-better-after-two-weeks"]);
    expect(targets.map((target) => target.label)).toEqual([
      "Numbness or tingling in my saddle area",
      "Pain shooting down my leg past the knee",
      "No better after 2 weeks",
    ]);
  });

  it("takes the day from the plan's history when no answer raised it (a check-in did)", () => {
    const targets = clearanceTargets([], {
      ...plan({ "bladder-change": true }),
      history: [{ kind: "red-flag", localDate: "2026-03-09", level: "emergency", title: "Bladder change", detail: "" }],
    });
    expect(targets[0]?.raisedOn).toBe("2026-03-09");
  });

  it("preselects the open red flag, or else every open concern", () => {
    const events = [triage("2026-03-04", { "leg-pain-below-knee": true })];
    expect(defaultChosen(clearanceTargets(events, plan({ "leg-pain-below-knee": true }, [noImprovement])))).toEqual([
      "leg-pain-below-knee",
    ]);
    expect(defaultChosen(clearanceTargets([], plan({}, [noImprovement])))).toEqual(["no-improvement:2026-03-01"]);
  });

  it("is empty with nothing open", () => {
    expect(clearanceTargets([], plan({}))).toEqual([]);
  });
});

describe("validateClearance", () => {
  const targets = clearanceTargets(
    [triage("2026-03-04", { "saddle-numbness": true })],
    plan({ "saddle-numbness": true }),
  );

  it("accepts a named clinician with a role, seen between the flag and today", () => {
    expect(validateClearance(valid, targets)).toEqual({});
    expect(validateClearance({ ...valid, seenOn: "2026-03-04" }, targets)).toEqual({});
    expect(validateClearance({ ...valid, seenOn: "2026-03-11" }, targets)).toEqual({});
  });

  it("needs a name, a role, a flag and a date not in the future", () => {
    expect(
      validateClearance({ ...valid, clinicianName: " ", clinicianRole: "", seenOn: "2026-03-12", chosen: [] }, targets),
    ).toEqual({
      clinicianName: "Enter the name of the person who saw you.",
      clinicianRole: "Choose who they are.",
      flags: "Choose what they saw you about.",
      seenOn: "The date cannot be in the future.",
    });
    expect(validateClearance({ ...valid, seenOn: "" }, targets).seenOn).toBe("Enter the date you were seen.");
  });

  it("takes the latest raised day of the chosen flags as the first day allowed", () => {
    const both = clearanceTargets(
      [triage("2026-03-04", { "saddle-numbness": true })],
      plan({ "saddle-numbness": true }, [{ ...noImprovement, id: "no-improvement:2026-03-06", since: "2026-03-06" }]),
    );
    expect(earliestSeenOn(both, ["saddle-numbness"])).toBe("2026-03-04");
    expect(earliestSeenOn(both, ["saddle-numbness", "no-improvement:2026-03-06"])).toBe("2026-03-06");
    expect(earliestSeenOn(both, [])).toBeNull();
  });

  it("refuses a visit before the flag was raised, naming the day with its year", () => {
    expect(validateClearance({ ...valid, seenOn: "2026-03-03" }, targets).seenOn).toBe(
      "This was raised on Wed 4 Mar 2026: choose that day or later.",
    );
  });

  it("needs no flag when none is open", () => {
    expect(validateClearance({ ...valid, chosen: [] }, [])).toEqual({});
  });
});

describe("clearanceRecord", () => {
  const events = [triage("2026-03-04", { "saddle-numbness": true, "inflammatory-pattern": true })];
  const targets = clearanceTargets(
    events,
    plan({ "saddle-numbness": true, "inflammatory-pattern": true }, [noImprovement]),
  );

  it("records an all-clear with the role, the day and the flags", () => {
    expect(clearanceRecord({ ...valid, notes: " Fine to exercise. ", chosen: ["saddle-numbness"] }, targets)).toEqual({
      type: "clearance.recorded",
      clinician: "Dr Lee, GP",
      clinicianRole: "gp",
      seenOn: "2026-03-10",
      kind: "clearance",
      flagIds: ["saddle-numbness"],
      notes: "Fine to exercise.",
    });
  });

  it("records a visit when only soon flags were seen about", () => {
    const record = clearanceRecord(
      { ...valid, clinicianRole: "physio", chosen: ["inflammatory-pattern", "no-improvement:2026-03-01"] },
      targets,
    );
    expect(record.kind).toBe("visit");
    expect(record.flagIds).toEqual(["inflammatory-pattern", "no-better-after-two-weeks"]);
    expect(record.clinician).toBe("Dr Lee, physiotherapist");
  });

  it("is an all-clear for every open flag when none is listed", () => {
    const record = clearanceRecord({ ...valid, clinicianRole: "other", chosen: [] }, []);
    expect(record.kind).toBe("clearance");
    expect(record.flagIds).toBeUndefined();
  });
});

describe("words", () => {
  it("names the clinician with their role", () => {
    expect(clinicianLabel(" Dr Lee ", "emergency-department")).toBe("Dr Lee, emergency department");
  });

  it("never promises running straight after an all-clear: relief, then the rebuild", () => {
    const steps = whatHappensNext("clearance", "2026-03-13T21:00");
    expect(steps.join(" ")).toMatch(/safety questions again/);
    expect(steps[1]).toBe(
      "Then 72 hours of relief (until Fri 13 Mar 2026 at 21:00): pool or gentle walking, ice then heat, no running and no stretching.",
    );
    expect(steps[2]).toMatch(/^Then the rebuild/);
    expect(whatHappensNext("clearance", null)[1]).toBe(
      "Then 72 hours of relief: pool or gentle walking, ice then heat, no running and no stretching.",
    );
    expect(whatHappensNext("visit", null)[0]).toBe("The reminder to see a clinician is closed.");
  });
});

import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "./api.ts";
import {
  attentionTags,
  auditActionWords,
  coachChangeStatus,
  coachingProblem,
  emptyAdjustmentForm,
  eventSummary,
  formatInstant,
  formLoosens,
  groupedInviteCode,
  isAccessRefused,
  normalizeInviteCode,
  offlineMessage,
  parseAdjustment,
  phaseWord,
  withAuditKeys,
} from "./coaching.ts";

describe("normalizeInviteCode", () => {
  it("reads a short code as the server does: any case, with or without the hyphen, I/L as 1, O as 0", () => {
    expect(normalizeInviteCode("7KQ2M-XW9RD")).toBe("7KQ2MXW9RD");
    expect(normalizeInviteCode("7kq2m-xw9rd")).toBe("7KQ2MXW9RD");
    expect(normalizeInviteCode(" 7kq2m xw9rd\n")).toBe("7KQ2MXW9RD");
    expect(normalizeInviteCode("7KQ2MXW9RD")).toBe("7KQ2MXW9RD");
    expect(normalizeInviteCode("iLoo2-XW9RD")).toBe("11002XW9RD");
  });
  it("groups a short code for reading aloud and leaves a legacy one alone", () => {
    expect(groupedInviteCode("7KQ2MXW9RD")).toBe("7KQ2M-XW9RD");
    expect(groupedInviteCode("abcdEFGH1234_-xyz")).toBe("abcdEFGH1234_-xyz");
  });
  it("keeps a legacy code and drops spaces and line breaks from a paste", () => {
    expect(normalizeInviteCode("  abcdEFGH1234_-xyz \n")).toBe("abcdEFGH1234_-xyz");
    expect(normalizeInviteCode("abcd EFGH 1234 wxyz")).toBe("abcdEFGH1234wxyz");
  });
  it("refuses what cannot be a code", () => {
    expect(normalizeInviteCode("")).toBeNull();
    expect(normalizeInviteCode("short")).toBeNull();
    expect(normalizeInviteCode("abcdEFGH1234wxyz!")).toBeNull();
  });
});

describe("auditActionWords", () => {
  it("says what was read in plain words, and passes unknown actions through", () => {
    expect(auditActionWords("athletePlan")).toBe("Your plan");
    expect(auditActionWords("athleteEvents")).toBe("Your log and pain scores");
    expect(auditActionWords("athleteReportPdf")).toBe("Your clinician report (PDF)");
    expect(auditActionWords("role set: can view")).toBe("What they may do: view only");
    expect(auditActionWords("something-new")).toBe("something-new");
  });
});

describe("formatInstant", () => {
  it("writes the day and time in the reader's time zone", () => {
    expect(formatInstant("2026-03-12T13:05:00Z", "UTC")).toBe("Thu 12 Mar, 13:05");
    expect(formatInstant("2026-03-12T23:30:00Z", "Europe/Paris")).toBe("Fri 13 Mar, 00:30");
    expect(formatInstant("2026-03-12T13:05:00Z", "America/New_York")).toBe("Thu 12 Mar, 09:05");
  });
  it("shows an unreadable value as it is", () => {
    expect(formatInstant("not a date", "UTC")).toBe("not a date");
  });
});

describe("attentionTags", () => {
  const calm = { openRedFlag: null, painTrend: null, loadJumpShare: null, daysSinceLastActivity: 1 } as const;
  it("has no tags for a runner doing fine", () => {
    expect(attentionTags(calm)).toEqual([]);
    expect(attentionTags({ ...calm, daysSinceLastActivity: null })).toEqual([]);
  });
  it("lists red flag, rising pain, load jump and inactivity, most serious first", () => {
    expect(
      attentionTags({ openRedFlag: "urgent", painTrend: "rising", loadJumpShare: 0.3, daysSinceLastActivity: 8 }),
    ).toEqual(["Red flag", "Pain rising", "Load jump", "Inactive"]);
    expect(attentionTags({ ...calm, painTrend: "falling", daysSinceLastActivity: 7 })).toEqual([]);
  });
});

describe("parseAdjustment", () => {
  it("reads a pain stop from 1 to 5 only", () => {
    expect(parseAdjustment({ ...emptyAdjustmentForm, painThreshold: "2" }, "km")).toEqual({
      adjustment: { kind: "pain-threshold", pain0to10: 2 },
    });
    expect(parseAdjustment({ ...emptyAdjustmentForm, painThreshold: "6" }, "km")).toHaveProperty("error");
    expect(parseAdjustment({ ...emptyAdjustmentForm, painThreshold: "2.5" }, "km")).toHaveProperty("error");
  });
  it("starts at the protocol's stop of 3/10, which needs no reason", () => {
    expect(parseAdjustment(emptyAdjustmentForm, "km")).toEqual({
      adjustment: { kind: "pain-threshold", pain0to10: 3 },
    });
  });
  it("demands the reason the runner will read for a stop above 3, and sends it trimmed", () => {
    const five = { ...emptyAdjustmentForm, painThreshold: "5" };
    expect(formLoosens(five)).toBe(true);
    expect(parseAdjustment(five, "km")).toEqual({
      error: "A pain stop above 3/10 loosens the article's rule: write the reason the runner will see.",
    });
    expect(parseAdjustment({ ...five, painReason: "   " }, "km")).toHaveProperty("error");
    expect(parseAdjustment({ ...five, painReason: "x".repeat(501) }, "km")).toEqual({
      error: "Keep the reason under 500 characters.",
    });
    expect(parseAdjustment({ ...five, painReason: " Tendon ache, not back " }, "km")).toEqual({
      adjustment: { kind: "pain-threshold", pain0to10: 5, reason: "Tendon ache, not back" },
    });
  });
  it("never sends a reason left over from a loosening stop once the stop is lowered again", () => {
    const lowered = { ...emptyAdjustmentForm, painThreshold: "2", painReason: "typed for 5" };
    expect(formLoosens(lowered)).toBe(false);
    expect(parseAdjustment(lowered, "km")).toEqual({ adjustment: { kind: "pain-threshold", pain0to10: 2 } });
  });
  it("switches the next-morning check on freely and off only with a reason", () => {
    const form = { ...emptyAdjustmentForm, kind: "next-morning-check" as const };
    expect(formLoosens(form)).toBe(false);
    expect(parseAdjustment(form, "km")).toEqual({ adjustment: { kind: "next-morning-check", enabled: true } });
    const off = { ...form, morningCheckEnabled: false };
    expect(formLoosens(off)).toBe(true);
    expect(parseAdjustment(off, "km")).toEqual({
      error: "Switching off the next-morning check loosens safety: write the reason the runner will see.",
    });
    expect(parseAdjustment({ ...off, morningReason: "Night shifts: mornings are not comparable" }, "km")).toEqual({
      adjustment: { kind: "next-morning-check", enabled: false, reason: "Night shifts: mornings are not comparable" },
    });
  });
  it("skips a week only with a reason", () => {
    const form = { ...emptyAdjustmentForm, kind: "skip-week" as const };
    expect(formLoosens(form)).toBe(true);
    expect(parseAdjustment({ ...form, skipReason: " " }, "km")).toEqual({
      error: "Skipping a week loosens safety: write the reason the runner will see.",
    });
    expect(parseAdjustment({ ...form, skipReason: "Ran this week's sessions on holiday" }, "km")).toEqual({
      adjustment: { kind: "skip-week", reason: "Ran this week's sessions on holiday" },
    });
  });
  it("needs a reason to hold a week", () => {
    const form = { ...emptyAdjustmentForm, kind: "hold-week" as const };
    expect(parseAdjustment({ ...form, holdReason: "  " }, "km")).toHaveProperty("error");
    expect(parseAdjustment({ ...form, holdReason: " travel " }, "km")).toEqual({
      adjustment: { kind: "hold-week", reason: "travel" },
    });
  });
  it("turns a weekly cap in the coach's unit into metres", () => {
    const form = { ...emptyAdjustmentForm, kind: "weekly-distance-cap" as const };
    expect(parseAdjustment({ ...form, weeklyCap: "12,5" }, "km")).toEqual({
      adjustment: { kind: "weekly-distance-cap", distanceMeters: 12_500 },
    });
    expect(parseAdjustment({ ...form, weeklyCap: "10" }, "mi")).toEqual({
      adjustment: { kind: "weekly-distance-cap", distanceMeters: 16_093 },
    });
    expect(parseAdjustment({ ...form, weeklyCap: "" }, "km")).toHaveProperty("error");
    expect(parseAdjustment({ ...form, weeklyCap: "-1" }, "km")).toHaveProperty("error");
    expect(parseAdjustment({ ...form, weeklyCap: "600" }, "km")).toHaveProperty("error");
  });
  it("passes rebuild-first on or off and a trimmed note", () => {
    expect(parseAdjustment({ ...emptyAdjustmentForm, kind: "rebuild-first", rebuildFirst: false }, "km")).toEqual({
      adjustment: { kind: "rebuild-first", enabled: false },
    });
    expect(parseAdjustment({ ...emptyAdjustmentForm, kind: "note", note: " easy week " }, "km")).toEqual({
      adjustment: { kind: "note", text: "easy week" },
    });
    expect(parseAdjustment({ ...emptyAdjustmentForm, kind: "note", note: "" }, "km")).toHaveProperty("error");
  });
});

describe("coachChangeStatus", () => {
  it("says whether the runner's plan follows a loosening change today", () => {
    expect(coachChangeStatus({ inForce: true })).toBe("In force.");
    expect(coachChangeStatus({ inForce: false })).toMatch(/^Not in force: a red flag is open/);
  });
});

describe("coachingProblem and isAccessRefused", () => {
  it("says calmly that a connection is needed when offline", () => {
    expect(coachingProblem(new NetworkError())).toBe(offlineMessage);
  });
  it("explains a missing invite and passes the server's words otherwise", () => {
    expect(coachingProblem(new ApiError(404, "not_found", "invite not found"))).toMatch(/not found/);
    expect(coachingProblem(new ApiError(422, "unprocessable", "you cannot accept your own invite"))).toBe(
      "you cannot accept your own invite",
    );
  });
  it("recognises a refused request about a runner, but not a CSRF refusal", () => {
    expect(isAccessRefused(new ApiError(403, "forbidden", "this runner has not given you access"))).toBe(true);
    expect(isAccessRefused(new ApiError(403, "csrf", "missing token"))).toBe(false);
    expect(isAccessRefused(new NetworkError())).toBe(false);
  });
});

describe("phaseWord and eventSummary", () => {
  it("names phases in plain words", () => {
    expect(phaseWord("return")).toBe("Return to running");
    expect(phaseWord("future-phase")).toBe("future-phase");
  });
  it("sums up runs, sessions and check-ins with distance in the reader's unit and pain", () => {
    expect(
      eventSummary({ type: "run.logged", distanceMeters: 5000, painDuring0to10: 1, painAfter0to10: 2 }, "km"),
    ).toBe("Run, 5 km, pain 1/10 during, 2/10 after");
    expect(eventSummary({ type: "run.logged", distanceMeters: 1609.344 }, "mi")).toBe("Run, 1 mi");
    expect(
      eventSummary({ type: "session.completed", kind: "walk-run", endedEarly: true, painAfter0to10: 3 }, "km"),
    ).toBe("Walk/run, ended early, pain 3/10");
    expect(eventSummary({ type: "session.completed", kind: "rehab-circuit", durationSeconds: 900 }, "km")).toBe(
      "Rebuild circuit",
    );
    expect(eventSummary({ type: "pain.checkin", pain0to10: 4 }, "km")).toBe("Pain check-in, pain 4/10");
    expect(eventSummary({ type: "something.else" }, "km")).toBe("something.else");
  });
});

describe("withAuditKeys", () => {
  it("gives repeated reads at the same instant their own keys", () => {
    const read = { coachId: "c1", action: "athleteEvents", at: "2026-03-12T13:05:00.000Z" };
    const keys = withAuditKeys([read, read, { ...read, action: "athletePlan" }]).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(3);
  });
});

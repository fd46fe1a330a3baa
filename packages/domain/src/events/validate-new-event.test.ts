import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "./events.ts";
import { checkNewEvent, localDatesOfInstant, normaliseText, normaliseTextIn } from "./validate-new-event.ts";

const today = "2026-03-10";
const base = { id: "018f0000-0000-7000-8000-000000000000", version: 1 as const };

function checkIn(localDate: string, occurredAt: string, notes?: string): BackstrideEvent {
  return {
    ...base,
    type: "pain.checkin",
    localDate,
    occurredAt,
    pain0to10: 2,
    legSymptoms: false,
    ...(notes !== undefined ? { notes } : {}),
  };
}

const codes = (event: BackstrideEvent) => checkNewEvent({ event, today }).map((problem) => problem.code);

describe("checkNewEvent: dates", () => {
  it("takes an ordinary event of today, of years ago and of the day after tomorrow", () => {
    expect(codes(checkIn("2026-03-10", "2026-03-10T20:00:00+01:00"))).toEqual([]);
    expect(codes(checkIn("1990-06-01", "1990-06-01T07:00:00Z"))).toEqual([]);
    expect(codes(checkIn("2026-03-12", "2026-03-12T07:00:00Z"))).toEqual([]);
    expect(codes(checkIn("1900-01-01", "1900-01-01T12:00:00Z"))).toEqual([]);
  });

  it("refuses year 0100, year 9999 and next week", () => {
    expect(codes(checkIn("0100-01-01", "0100-01-01T12:00:00Z"))).toEqual(["date-out-of-range", "date-out-of-range"]);
    expect(codes(checkIn("9999-12-31", "9999-12-31T12:00:00Z"))).toEqual(["date-out-of-range", "date-out-of-range"]);
    const [problem] = checkNewEvent({ event: checkIn("2026-03-17", "2026-03-17T07:00:00Z"), today });
    expect(problem).toMatchObject({ code: "date-out-of-range", field: "localDate" });
    expect(problem?.message).toBe("2026-03-17 is in the future: check the date.");
  });

  it("refuses a plausible local date whose timestamp is decades away", () => {
    const [problem, ...rest] = checkNewEvent({ event: checkIn("2001-05-01", "2030-05-01T07:00:00Z"), today });
    expect(problem).toMatchObject({ code: "date-out-of-range", field: "occurredAt" });
    expect(rest).toEqual([]);
    expect(codes(checkIn("2001-05-01", "2001-06-01T07:00:00Z"))).toEqual(["local-date-mismatch"]);
  });

  it("takes every local date the instant falls on from UTC-12 to UTC+14, and no other", () => {
    // 2026-03-05T11:30Z is 23:30 on the 4th at UTC-12 and 01:30 on the 6th at UTC+14.
    const instant = "2026-03-05T11:30:00Z";
    expect(localDatesOfInstant(Date.parse(instant))).toEqual({ earliest: "2026-03-04", latest: "2026-03-06" });
    for (const day of ["2026-03-04", "2026-03-05", "2026-03-06"]) expect(codes(checkIn(day, instant))).toEqual([]);
    expect(codes(checkIn("2026-03-03", instant))).toEqual(["local-date-mismatch"]);
    expect(codes(checkIn("2026-03-07", instant))).toEqual(["local-date-mismatch"]);
    // The offset in the string changes nothing: the same instant written in Kiritimati's time.
    expect(codes(checkIn("2026-03-06", "2026-03-06T01:30:00+14:00"))).toEqual([]);
  });

  it("checks a clearance's visit day and an episode's onset like the event's own dates", () => {
    const clearance: BackstrideEvent = {
      ...base,
      type: "clearance.recorded",
      localDate: today,
      occurredAt: "2026-03-10T09:00:00Z",
      clinician: "Dr Lee",
      seenOn: "0201-03-01",
    };
    expect(checkNewEvent({ event: clearance, today })).toEqual([
      expect.objectContaining({ code: "date-out-of-range", field: "seenOn" }),
    ]);
    const episode: BackstrideEvent = {
      ...base,
      type: "episode.reported",
      localDate: today,
      occurredAt: "2026-03-10T09:00:00Z",
      pain0to10: 5,
      onsetAt: "2036-03-09T09:00:00Z",
      legSymptoms: false,
    };
    expect(checkNewEvent({ event: episode, today })).toEqual([
      expect.objectContaining({ code: "date-out-of-range", field: "onsetAt" }),
    ]);
  });
});

describe("checkNewEvent: question ids", () => {
  const triage = (answers: Record<string, boolean>): BackstrideEvent => ({
    ...base,
    type: "triage.answered",
    localDate: today,
    occurredAt: "2026-03-10T09:00:00Z",
    answers,
    context: "onboarding",
  });

  it("takes red-flag answers by the questions' ids and refuses any other key", () => {
    expect(codes(triage({ "saddle-numbness": false, "bladder-change": true }))).toEqual([]);
    const keys = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`key-${index}`, true]));
    const problems = checkNewEvent({ event: triage(keys), today });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "unknown-question", field: "answers.key-0" });
    expect(problems[0]?.message).toBe('Not a red-flag question: "key-0", "key-1", "key-2" and 9997 more.');
  });

  it("takes cause-finder answers and clearance flags only by their questions' ids", () => {
    const causes: BackstrideEvent = {
      ...base,
      type: "causes.assessed",
      localDate: today,
      occurredAt: "2026-03-10T09:00:00Z",
      answers: { "pain-after-5km": true, "saddle-numbness": true },
    };
    expect(checkNewEvent({ event: causes, today })).toEqual([
      expect.objectContaining({ code: "unknown-question", field: "answers.saddle-numbness" }),
    ]);
    const clearance: BackstrideEvent = {
      ...base,
      type: "clearance.recorded",
      localDate: today,
      occurredAt: "2026-03-10T09:00:00Z",
      clinician: "Dr Lee",
      flagIds: ["bladder-change", "pain-after-5km"],
    };
    expect(checkNewEvent({ event: clearance, today })).toEqual([
      expect.objectContaining({ code: "unknown-question", field: "flagIds.pain-after-5km" }),
    ]);
  });
});

describe("normaliseText", () => {
  it("composes to NFC and drops NUL characters", () => {
    expect(normaliseText("Cafe\u0301")).toBe("Café");
    expect(normaliseText("a\u0000b\u0000")).toBe("ab");
    expect(normaliseText("plain 🏃 text")).toBe("plain 🏃 text");
  });

  it("refuses half a character (a lone surrogate), at the start, middle or end", () => {
    expect(normaliseText("\uD83C")).toBeNull();
    expect(normaliseText("x\uDFC3y")).toBeNull();
    expect(normaliseText("ok\uD83C")).toBeNull();
  });

  it("normalises every string of an event, keys included, and names the broken field", () => {
    const event = checkIn(today, "2026-03-10T09:00:00Z", "Cafe\u0301\u0000");
    const result = normaliseTextIn(event);
    expect(result).toMatchObject({ ok: true, changed: true, value: { notes: "Café" } });
    const untouched = normaliseTextIn(checkIn(today, "2026-03-10T09:00:00Z", "fine"));
    expect(untouched).toMatchObject({ ok: true, changed: false });
    expect(normaliseTextIn(checkIn(today, "2026-03-10T09:00:00Z", "bad \uD800 text"))).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: "broken-text", field: "notes" }),
    });
    expect(normaliseTextIn({ answers: { "\uDC00": true } })).toMatchObject({
      ok: false,
      problem: { field: "answers.\uDC00" },
    });
  });
});

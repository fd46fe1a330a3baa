import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { coachSettingsAt, suspendLoosening } from "./coach-settings.ts";
import { sortEvents } from "./sort-events.ts";

const l = eventLog();
const events = sortEvents([
  l.coach("2026-03-02", { kind: "pain-threshold", pain0to10: 2 }),
  l.coach("2026-03-05", {
    kind: "pain-threshold",
    pain0to10: 4,
    reason: "Pain-monitoring trial agreed with her physio",
  }),
  l.coach("2026-03-06", { kind: "pain-threshold", pain0to10: 5 }),
  l.coach("2026-03-03", { kind: "hold-week", reason: "travel" }),
  l.coach("2026-03-03", { kind: "weekly-distance-cap", distanceMeters: 15_000 }),
  l.coach("2026-03-04", { kind: "rebuild-first", enabled: true }),
  l.coach("2026-03-04", { kind: "note", text: "Nice work" }),
]);

describe("coachSettingsAt", () => {
  it("uses the protocol's values before any adjustment", () => {
    const settings = coachSettingsAt({ events, date: "2026-03-01", protocol: defaultProtocol });
    expect(settings.stopThreshold0to10).toBe(3);
    expect(settings.sequencing).toBe("side-by-side");
    expect(settings.weeklyCapMeters).toBeNull();
  });
  it("takes the latest adjustment of each kind on or before the day", () => {
    const settings = coachSettingsAt({ events, date: "2026-03-04", protocol: defaultProtocol });
    expect(settings.stopThreshold0to10).toBe(2);
    expect(settings.sequencing).toBe("rebuild-first");
    expect(settings.weeklyCapMeters).toBe(15_000);
    expect(settings.note?.type === "coach.adjustment" && settings.note.adjustment.kind).toBe("note");
    expect(coachSettingsAt({ events, date: "2026-03-05", protocol: defaultProtocol }).stopThreshold0to10).toBe(4);
  });
  it("sets aside a loosening change with no written reason: shown, never applied", () => {
    const settings = coachSettingsAt({ events, date: "2026-03-06", protocol: defaultProtocol });
    expect(settings.stopThreshold0to10).toBe(4);
    expect(settings.suspended.map((s) => [s.event.localDate, s.because])).toEqual([["2026-03-06", "no-reason"]]);
  });
  it("suspends loosening while a flag is open, keeps tightening", () => {
    const settings = coachSettingsAt({ events, date: "2026-03-05", protocol: defaultProtocol });
    const flags = { blocking: null, soon: null, recheck: { since: "2026-03-05" }, noImprovement: null };
    expect(suspendLoosening(settings, flags, defaultProtocol).stopThreshold0to10).toBe(3);
    const tight = coachSettingsAt({ events, date: "2026-03-04", protocol: defaultProtocol });
    expect(suspendLoosening(tight, flags, defaultProtocol).stopThreshold0to10).toBe(2);
  });
  it("holds for 7 days only", () => {
    expect(coachSettingsAt({ events, date: "2026-03-09", protocol: defaultProtocol }).hold).not.toBeNull();
    expect(coachSettingsAt({ events, date: "2026-03-10", protocol: defaultProtocol }).hold).toBeNull();
  });
});

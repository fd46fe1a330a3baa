import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { coachSettingsAt } from "./coach-settings.ts";
import { sortEvents } from "./sort-events.ts";

const l = eventLog();
const events = sortEvents([
  l.coach("2026-03-02", { kind: "pain-threshold", pain0to10: 2 }),
  l.coach("2026-03-05", { kind: "pain-threshold", pain0to10: 4 }),
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
  it("holds for 7 days only", () => {
    expect(coachSettingsAt({ events, date: "2026-03-09", protocol: defaultProtocol }).hold).not.toBeNull();
    expect(coachSettingsAt({ events, date: "2026-03-10", protocol: defaultProtocol }).hold).toBeNull();
  });
});

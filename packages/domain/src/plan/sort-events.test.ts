import { describe, expect, it } from "vitest";
import { sortEvents } from "./sort-events.ts";

describe("sortEvents", () => {
  it("orders by local day, then instant, then id", () => {
    const events = [
      { id: "b", localDate: "2026-03-03", occurredAt: "2026-03-03T08:00:00+01:00" },
      { id: "c", localDate: "2026-03-02", occurredAt: "2026-03-02T23:30:00Z" },
      { id: "a", localDate: "2026-03-03", occurredAt: "2026-03-03T08:00:00+01:00" },
      // 06:00Z is earlier than 08:00+01:00 (07:00Z) though it reads later as text.
      { id: "d", localDate: "2026-03-03", occurredAt: "2026-03-03T06:30:00Z" },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(["c", "d", "a", "b"]);
  });
  it("keeps an event on the runner's local day even when UTC puts it on another", () => {
    const events = [
      { id: "late", localDate: "2026-03-02", occurredAt: "2026-03-03T00:30:00+02:00" },
      { id: "next", localDate: "2026-03-03", occurredAt: "2026-03-02T23:00:00Z" },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(["late", "next"]);
  });
});

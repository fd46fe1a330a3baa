import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { parseEventLog } from "./parse-event-log.ts";

const log = eventLog();
const triage = log.triage("2026-03-02");
const run = log.run("2026-03-03", 5000);
const pain = log.pain("2026-03-03", 2);

describe("parseEventLog", () => {
  it("accepts an array or { events } and sorts within a day", () => {
    const late = { ...pain, occurredAt: "2026-03-03T06:00:00Z" };
    const result = parseEventLog({ events: [triage, run, late] });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.events.map((e) => e.type)).toEqual(["triage.answered", "pain.checkin", "run.logged"]);
  });
  it("fills defaults from the schema", () => {
    const { surface: _surface, source: _source, ...bare } = run as Extract<typeof run, { type: "run.logged" }>;
    const result = parseEventLog([bare]);
    expect(result.ok && result.events[0]?.type === "run.logged" && result.events[0].surface).toBe("unknown");
  });
  it("rejects something that is not a list", () => {
    const result = parseEventLog({ hello: 1 });
    expect(result.ok ? null : result.error.code).toBe("not-a-list");
  });
  it("rejects an unknown type with its position and the known types", () => {
    const result = parseEventLog([triage, { ...run, type: "run.logd" }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("unknown-type");
      expect(result.error.index).toBe(1);
      expect(result.error.message).toMatch(/^event 2: unknown type "run.logd" \(expected one of triage.answered/);
    }
  });
  it("rejects a malformed event naming the field", () => {
    const result = parseEventLog([{ ...run, distanceMeters: -5 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("malformed");
      expect(result.error.message).toMatch(/^event 1 \(run.logged\): distanceMeters: /);
      expect(result.error.message).not.toContain("\n");
    }
  });
  it("rejects a log out of date order", () => {
    const result = parseEventLog([run, triage]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("out-of-order");
      expect(result.error.message).toContain("2026-03-02, before the event above it (2026-03-03)");
    }
  });
  it("keeps one copy of a retried event and rejects a reused id", () => {
    const retried = parseEventLog([triage, run, run]);
    expect(retried.ok && retried.events.length).toBe(2);
    const reused = parseEventLog([triage, run, { ...run, distanceMeters: 6000 }]);
    expect(reused.ok ? null : reused.error.code).toBe("duplicate-id");
  });
});

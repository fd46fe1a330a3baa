import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import type { EventOf } from "../events/events.ts";
import { painStopOf } from "./pain-stop.ts";

const l = eventLog();
const walkRun = (fields: Parameters<typeof l.walkRun>[2], pain = 1) =>
  l.walkRun("2026-03-04", pain, fields) as EventOf<"session.completed">;

describe("painStopOf", () => {
  it("stops at the threshold during or after", () => {
    expect(painStopOf({ event: walkRun({}, 3), threshold0to10: 3 })).toEqual({ when: "during", pain0to10: 3 });
    expect(painStopOf({ event: walkRun({ painAfter0to10: 4 }, 1), threshold0to10: 3 })).toEqual({
      when: "after",
      pain0to10: 4,
    });
    expect(painStopOf({ event: walkRun({}, 2), threshold0to10: 3 })).toBeNull();
  });
  it("treats a walk/run ended early without a score as a pain stop, but not one with a low score", () => {
    const noScore = l.session("2026-03-04", "walk-run", { endedEarly: true }) as EventOf<"session.completed">;
    expect(painStopOf({ event: noScore, threshold0to10: 3 })).toEqual({ when: "ended-early", pain0to10: null });
    expect(painStopOf({ event: walkRun({ endedEarly: true }, 1), threshold0to10: 3 })).toBeNull();
  });
  it("reads runs the same way", () => {
    const run = l.run("2026-03-04", 5000, { painDuring0to10: 5 }) as EventOf<"run.logged">;
    expect(painStopOf({ event: run, threshold0to10: 6 })).toBeNull();
    expect(painStopOf({ event: run, threshold0to10: 5 })).toEqual({ when: "during", pain0to10: 5 });
  });
});

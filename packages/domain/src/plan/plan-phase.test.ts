import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { phaseOn } from "./plan-phase.ts";
import { recoveryTimeline } from "./recovery-timeline.ts";
import { sortEvents } from "./sort-events.ts";

const protocol = defaultProtocol;

function phase(
  events: ReturnType<ReturnType<typeof eventLog>["onboard"]>,
  date: string,
  sequencing = protocol.sequencing,
) {
  const timeline = recoveryTimeline({ events: sortEvents(events), protocol, today: date });
  return phaseOn({ timeline, date, protocol, sequencing });
}

describe("phaseOn", () => {
  it("is onboarding before both questionnaires", () => {
    const l = eventLog();
    expect(phase([l.triage("2026-03-02")], "2026-03-02")).toEqual({
      phase: "onboarding",
      week: null,
      returnWeek: null,
    });
  });
  it("is relief for 72 hours from the flare-up (10:00 Thu to 10:00 Sun), rebuild from the next day", () => {
    const l = eventLog();
    const events = [...l.onboard("2026-03-02"), l.flareUp("2026-03-05")];
    expect(phase(events, "2026-03-08").phase).toBe("relief");
    expect(phase(events, "2026-03-09")).toEqual({ phase: "rebuild", week: 1, returnWeek: 1 });
  });
  it("counts rebuild-first weeks by the calendar, then return weeks", () => {
    const l = eventLog();
    const events = l.onboard("2026-03-02");
    expect(phase(events, "2026-03-16", "rebuild-first")).toEqual({ phase: "rebuild", week: 3, returnWeek: null });
    expect(phase(events, "2026-03-23", "rebuild-first")).toEqual({ phase: "return", week: 1, returnWeek: 1 });
  });
  it("counts week 4+ from the day walk/run week 3 was complete", () => {
    const l = eventLog();
    const days = ["02", "04", "06", "09", "11", "13", "16", "18", "20", "22"].map((d) => l.walkRun(`2026-03-${d}`));
    const events = [...l.onboard("2026-03-02"), ...days];
    expect(phase(events, "2026-03-22")).toEqual({ phase: "rebuild", week: 3, returnWeek: 3 });
    expect(phase(events, "2026-03-23")).toEqual({ phase: "progression", week: 4, returnWeek: null });
    expect(phase(events, "2026-03-30").week).toBe(5);
  });
});

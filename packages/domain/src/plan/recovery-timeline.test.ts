import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import type { BackstrideEvent } from "../events/events.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { recoveryTimeline, reliefDays, requiredSessions } from "./recovery-timeline.ts";
import { sortEvents } from "./sort-events.ts";

const protocol = defaultProtocol;
const fold = (events: BackstrideEvent[], today: string) =>
  recoveryTimeline({ events: sortEvents(events), protocol, today });

describe("recoveryTimeline", () => {
  it("starts weeks 1-3 on the day onboarding completes", () => {
    const l = eventLog();
    const t = fold([l.triage("2026-03-02"), l.causes("2026-03-03")], "2026-03-04");
    expect(t.onboardedOn).toBe("2026-03-03");
    expect(t.blockStart).toBe("2026-03-03");
    expect(t.blockStartCause).toBe("onboarding");
  });
  it("starts after the relief days when a flare-up came first", () => {
    const l = eventLog();
    const t = fold([l.flareUp("2026-03-01"), ...l.onboard("2026-03-02")], "2026-03-02");
    expect(reliefDays(protocol)).toBe(3);
    expect(t.flareUp?.reliefUntil).toBe("2026-03-03");
    expect(t.blockStart).toBe("2026-03-04");
    expect(t.blockStartCause).toBe("relief-ended");
  });
  it("advances a return week after its sessions and 7 days, not before", () => {
    const l = eventLog();
    const events = [
      ...l.onboard("2026-03-02"),
      l.walkRun("2026-03-02"),
      l.walkRun("2026-03-03"),
      l.walkRun("2026-03-04"),
    ];
    expect(fold(events, "2026-03-08").returnWeek).toBe(1);
    const t = fold(events, "2026-03-09");
    expect(t.returnWeek).toBe(2);
    expect(t.returnWeekStart).toBe("2026-03-09");
    const week3 = protocol.returnToRun.weeks[2];
    expect(week3 && requiredSessions(week3, protocol)).toBe(4);
  });
  it("counts one session a day and none ended early or with rounds missing", () => {
    const l = eventLog();
    const t = fold(
      [
        ...l.onboard("2026-03-02"),
        l.walkRun("2026-03-02"),
        l.walkRun("2026-03-02"),
        l.walkRun("2026-03-04", 1, { roundsPlanned: 6, roundsCompleted: 4 }),
        l.walkRun("2026-03-06", 1, { endedEarly: true }),
      ],
      "2026-03-07",
    );
    expect(t.goodDays).toEqual(["2026-03-02"]);
  });
  it("records a pain stop, repeats the previous week and extends on a painful check-in", () => {
    const l = eventLog();
    const week1 = ["2026-03-02", "2026-03-04", "2026-03-06"].map((d) => l.walkRun(d));
    const t = fold(
      [...l.onboard("2026-03-02"), ...week1, l.walkRun("2026-03-10", 5), l.pain("2026-03-11", 4)],
      "2026-03-11",
    );
    const stop = t.noImpact[0];
    expect(stop?.trigger).toEqual({ activity: "walk/run", pain0to10: 5, when: "during" });
    expect(stop?.repeatedWeek).toEqual({ from: 2, to: 1 });
    expect(stop?.extended).toBe(true);
    expect(stop?.until).toBe("2026-03-15");
    expect(t.returnWeek).toBe(1);
    expect(t.returnWeekStart).toBe("2026-03-16");
  });
  it("keeps a blocking flag open until a clearance, then restarts from it", () => {
    const l = eventLog();
    const events = [l.triage("2026-03-02", { "cancer-history": true }), l.causes("2026-03-02")];
    expect(fold(events, "2026-03-05").blocking?.result.level).toBe("urgent");
    const cleared = fold([...events, l.clearance("2026-03-06")], "2026-03-06");
    expect(cleared.blocking).toBeNull();
    expect(cleared.cleared?.clinician).toContain("Dr. Lee");
    expect(cleared.blockStart).toBe("2026-03-06");
  });
  it("notes runs on days the plan said no, but not history before onboarding", () => {
    const l = eventLog();
    const t = fold(
      [l.run("2026-03-01", 5000), ...l.onboard("2026-03-02"), l.flareUp("2026-03-03"), l.run("2026-03-04", 3000)],
      "2026-03-04",
    );
    expect(t.ranWhenNotAllowed).toEqual([{ localDate: "2026-03-04", why: "the relief days after a flare-up" }]);
  });
  it("ignores events after today", () => {
    const l = eventLog();
    expect(fold(l.onboard("2026-03-05"), "2026-03-04").onboardedOn).toBeNull();
  });
});

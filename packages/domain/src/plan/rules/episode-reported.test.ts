import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { episodeReported } from "./episode-reported.ts";
import { addedTransition, asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("episode-reported", () => {
  it("after onboarding, a recent episode restarts relief: 72 hours from onset, then rebuild week 1", () => {
    const l = eventLog();
    const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), 2, "2026-03-09");
    // Reported Tue 10 Mar 07:00, began the evening before at 21:00.
    const event = asEvent(l.episode("2026-03-10", 3, "2026-03-09T21:00:00Z"), "episode.reported");
    const next = episodeReported.apply(snapshot, event, env);
    expect(next.episode).toEqual({
      localDate: "2026-03-10",
      reportedAt: "2026-03-10T07:00:00Z",
      onsetAt: "2026-03-09T21:00:00Z",
      pain0to10: 3,
      legSymptoms: false,
    });
    expect(next.relief?.cause).toBe("episode");
    expect(next.relief?.from.local).toBe("2026-03-09T21:00");
    // Hours, not calendar days: 72 hours from 21:00 ends at 21:00 three days later.
    expect(next.relief?.until.local).toBe("2026-03-12T21:00");
    expect(next.position.blockStart).toBe("2026-03-13");
    expect(next.position.blockStartCause).toBe("relief-ended");
    expect(next.position.returnWeek).toBe(1);
    const record = addedTransition(episodeReported, snapshot, next);
    expect(record.to).toBe("relief");
    expect(record.text).toContain("72 hours");
    expect(record.text).toContain("3/10");
  });

  it("pain of 4/10 from an older onset gets 72 hours from the report", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(l.episode("2026-03-20", 4, "2026-03-01T08:00:00Z"), "episode.reported");
    const next = episodeReported.apply(snapshot, event, env);
    expect(next.relief?.from.local).toBe("2026-03-20T07:00");
    expect(next.relief?.until.local).toBe("2026-03-23T07:00");
    expect(addedTransition(episodeReported, snapshot, next).to).toBe("relief");
  });

  it("an old episode below 4/10 records the episode but starts no relief", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(l.episode("2026-03-20", 3, "2026-03-01T08:00:00Z"), "episode.reported");
    const next = episodeReported.apply(snapshot, event, env);
    expect(next.episode?.pain0to10).toBe(3);
    expect(next.relief).toBeNull();
    expect(next.position).toBe(snapshot.position);
    expect(next.transitions).toEqual(snapshot.transitions);
  });

  it("before onboarding it only records the episode (onboarding-complete starts the relief)", () => {
    const l = eventLog();
    const snapshot = emptySnapshot();
    const event = asEvent(l.episode("2026-03-02", 6, "2026-03-01T21:00:00Z", true), "episode.reported");
    const next = episodeReported.apply(snapshot, event, env);
    expect(next.episode?.pain0to10).toBe(6);
    expect(next.relief).toBeNull();
    // Not triaged yet: the onboarding questions cover the leg symptoms.
    expect(next.recheck).toBeNull();
    expect(next.transitions).toEqual([]);
  });

  it("leg symptoms after the red-flag questions were answered ask them again", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(l.episode("2026-03-20", 2, "2026-03-01T08:00:00Z", true), "episode.reported");
    const next = episodeReported.apply(snapshot, event, env);
    expect(next.recheck).toEqual({ since: "2026-03-20", cause: "episode" });
  });
});

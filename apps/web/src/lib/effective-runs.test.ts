import type { BackstrideEvent } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { correctedRunIds, effectiveEvents, effectiveRuns } from "./effective-runs.ts";

let counter = 0;
function base(localDate: string) {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T07:00:00Z`,
    localDate,
  };
}

function run(localDate: string, distanceMeters: number, extra: Partial<BackstrideEvent> = {}): BackstrideEvent {
  return {
    ...base(localDate),
    type: "run.logged",
    distanceMeters,
    durationSeconds: 1800,
    surface: "asphalt",
    source: "manual",
    ...extra,
  } as BackstrideEvent;
}

describe("effectiveEvents", () => {
  it("applies corrections in log order and keeps the fields they do not touch", () => {
    const first = run("2026-03-02", 42_200, { shoeId: "shoe-a", notes: "typo", movingSeconds: 1700 } as never);
    const log: BackstrideEvent[] = [
      first,
      { ...base("2026-03-03"), type: "run.corrected", forEventId: first.id, changes: { distanceMeters: 4200 } },
      {
        ...base("2026-03-04"),
        type: "run.corrected",
        forEventId: first.id,
        changes: { durationSeconds: 1750, shoeId: null, notes: "", painAfter0to10: 2 },
      },
    ];
    const [corrected] = effectiveRuns(log);
    expect(corrected).toMatchObject({ id: first.id, distanceMeters: 4200, durationSeconds: 1750, painAfter0to10: 2 });
    expect(corrected).not.toHaveProperty("shoeId");
    expect(corrected).not.toHaveProperty("notes");
    // The retyped time replaces the watch's moving time, or the pace would still read the old one.
    expect(corrected).not.toHaveProperty("movingSeconds");
    expect(corrected?.surface).toBe("asphalt");
    expect(correctedRunIds(log)).toEqual(new Set([first.id]));
  });

  it("hides deleted runs, sessions and check-ins, but never a clinical record", () => {
    const kept = run("2026-03-02", 5000);
    const gone = run("2026-03-03", 9000);
    const triage: BackstrideEvent = {
      ...base("2026-03-01"),
      type: "triage.answered",
      answers: {},
      context: "onboarding",
    };
    const checkIn: BackstrideEvent = { ...base("2026-03-03"), type: "pain.checkin", pain0to10: 2, legSymptoms: false };
    const log: BackstrideEvent[] = [
      triage,
      kept,
      gone,
      checkIn,
      { ...base("2026-03-04"), type: "entry.deleted", forEventId: gone.id },
      { ...base("2026-03-04"), type: "entry.deleted", forEventId: checkIn.id },
      { ...base("2026-03-04"), type: "entry.deleted", forEventId: triage.id },
    ];
    expect(effectiveEvents(log).map((event) => event.id)).toEqual([triage.id, kept.id]);
  });

  it("puts pain answered later on its run or session", () => {
    const imported = run("2026-03-02", 8000, { source: "import" } as never);
    const session: BackstrideEvent = {
      ...base("2026-03-02"),
      type: "session.completed",
      kind: "walk-run",
      durationSeconds: 1500,
      endedEarly: false,
    };
    const log: BackstrideEvent[] = [
      imported,
      session,
      { ...base("2026-03-03"), type: "pain.recorded", forEventId: imported.id, painDuring0to10: 1 },
      { ...base("2026-03-03"), type: "pain.recorded", forEventId: session.id, painAfter0to10: 3 },
    ];
    const result = effectiveEvents(log);
    expect(result).toHaveLength(2);
    expect(result[0]).toMatchObject({ painDuring0to10: 1 });
    expect(result[1]).toMatchObject({ painAfter0to10: 3 });
  });

  it("leaves a log without corrections as it was", () => {
    const log = [run("2026-03-02", 5000), run("2026-03-04", 6000)];
    expect(effectiveEvents(log)).toEqual(log);
  });
});

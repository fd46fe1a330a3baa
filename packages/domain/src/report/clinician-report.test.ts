import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "../events/events.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { clinicianReport } from "./clinician-report.ts";

let counter = 0;
const base = (localDate: string) => {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T08:00:00+00:00`,
    localDate,
  };
};

const events: BackstrideEvent[] = [
  {
    ...base("2026-03-02"),
    type: "episode.reported",
    pain0to10: 5,
    onsetAt: "2026-03-01T18:00:00+00:00",
    legSymptoms: false,
  },
  { ...base("2026-03-02"), type: "triage.answered", answers: {}, context: "onboarding" },
  { ...base("2026-03-02"), type: "causes.assessed", answers: { "pain-worse-downhill": true } },
  {
    ...base("2026-03-02"),
    type: "outcomes.recorded",
    timepoint: "baseline",
    nprs: { now0to10: 5, average0to10: 6, worst0to10: 7 },
    psfs: [{ activity: "run 5 km", score0to10: 2 }],
  },
  { ...base("2026-03-04"), type: "pain.checkin", pain0to10: 4, legSymptoms: false },
  { ...base("2026-03-05"), type: "session.completed", kind: "rehab-circuit", durationSeconds: 900, endedEarly: false },
  { ...base("2026-03-10"), type: "coach.adjustment", adjustment: { kind: "note", text: "Good first week." } },
  {
    ...base("2026-03-16"),
    type: "outcomes.recorded",
    timepoint: "week-2",
    nprs: { now0to10: 2, average0to10: 3, worst0to10: 4 },
    psfs: [{ activity: "run 5 km", score0to10: 5 }],
    groc: 4,
  },
];

describe("clinicianReport", () => {
  const report = clinicianReport({
    runnerName: "Ana Diaz",
    events,
    protocol: defaultProtocol,
    from: "2026-03-02",
    to: "2026-03-16",
    today: "2026-03-16",
    shoes: [{ name: "Daily trainer", distanceMeters: 120_000, dropMm: 8, retiredAt: null }],
    distanceUnit: "km",
  });
  const section = (title: string) => report.sections.find((item) => item.title.startsWith(title))?.lines ?? [];

  it("names the runner and the period", () => {
    expect(report.subtitle).toBe("Runner: Ana Diaz · Mon 2 Mar 2026 to Mon 16 Mar 2026 · made Mon 16 Mar 2026");
  });

  it("has every section the clinician needs, in order", () => {
    expect(report.sections.map((item) => item.title)).toEqual([
      "Episode",
      "Red flags and clearances",
      "Phases",
      "Pain trend",
      "Outcome measures",
      "Adherence (planned against done, per week)",
      "Load (weekly distance against the 10% cap)",
      "Cadence and downhill",
      "Shoes",
      "Coach's notes and changes",
    ]);
  });

  it("gives the episode, the cause finder's yes answers, pain and measures against their important change", () => {
    expect(section("Episode")[0]).toBe("Onset Sun 1 Mar 2026; pain at the start 5/10; leg symptoms: no.");
    expect(section("Episode")[1]).toContain("Does your back hurt more running downhill?");
    expect(section("Pain trend")[0]).toBe("Week of Mon 2 Mar 2026: pain averaged 4.0/10, highest 4/10 (1 check-ins)");
    expect(section("Outcome measures").join("\n")).toContain("Pain fell from 6.0 to 3.0");
    expect(section("Outcome measures").join("\n")).toContain("rose from 2.0 to 5.0");
    expect(section("Shoes")).toEqual(["Daily trainer: 120 km, 8 mm drop"]);
    expect(section("Coach's notes")).toEqual(["Tue 10 Mar 2026: Good first week."]);
    expect(section("Phases").length).toBeGreaterThan(0);
  });

  it("gives adherence as planned against done for each week", () => {
    const lines = section("Adherence");
    expect(lines.map((line) => line.split(": ")[0])).toEqual([
      "Week of Mon 2 Mar 2026",
      "Week of Mon 9 Mar 2026",
      "Week of Mon 16 Mar 2026",
    ]);
    expect(lines[0]).toMatch(/^Week of Mon 2 Mar 2026: 1 of \d+ planned sessions done/);
  });
});

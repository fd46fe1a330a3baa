import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "../events/events.ts";
import { latestMeasuredCadence } from "./measured-cadence.ts";

const base = (localDate: string, n: number) => ({
  id: `0190a0a0-0000-7000-8000-00000000000${n}`,
  version: 1 as const,
  occurredAt: `${localDate}T12:00:00Z`,
  localDate,
});

function run(localDate: string, n: number, cadence?: number): BackstrideEvent {
  return {
    ...base(localDate, n),
    type: "run.logged",
    distanceMeters: 5000,
    durationSeconds: 1800,
    surface: "asphalt",
    source: "manual",
    ...(cadence === undefined ? {} : { cadenceStepsPerMinute: cadence }),
  } as BackstrideEvent;
}

function formCheck(
  localDate: string,
  n: number,
  cadence: number,
  confidence: "high" | "medium" | "low",
): BackstrideEvent {
  return {
    ...base(localDate, n),
    type: "form.checked",
    view: "side",
    analysedSeconds: 12,
    model: "movenet-singlepose-lightning-4",
    measures: { cadenceStepsPerMinute: { value: cadence, confidence } },
  };
}

describe("latestMeasuredCadence", () => {
  it("is unknown with no measured cadence", () => {
    expect(latestMeasuredCadence([run("2026-03-01", 1)])).toBeUndefined();
  });

  it("takes a form check that comes after a watch's run", () => {
    const events = [run("2026-03-01", 1, 160), formCheck("2026-03-03", 2, 168.4, "high")];
    expect(latestMeasuredCadence(events)).toEqual({
      stepsPerMinute: 168.4,
      source: "form-check",
      localDate: "2026-03-03",
    });
  });

  it("takes a later watch's run over an earlier form check", () => {
    const events = [formCheck("2026-03-01", 1, 158, "medium"), run("2026-03-04", 2, 171)];
    expect(latestMeasuredCadence(events)?.source).toBe("run");
  });

  it("skips a form check unsure of its count", () => {
    const events = [run("2026-03-01", 1, 160), formCheck("2026-03-03", 2, 190, "low")];
    expect(latestMeasuredCadence(events)?.stepsPerMinute).toBe(160);
  });
});

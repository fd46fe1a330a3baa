import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { samplesDir as samples } from "../test/fixtures/samples-dir.ts";
import type { ImportResult } from "./activity-types.ts";
import { decodeFit } from "./fit/decode-fit.ts";
import { importActivity } from "./import-activity.ts";

/**
 * One contract per file in test/fixtures/samples, with the figures from its SOURCES.md and the device's
 * own session summary.
 */
const read = (file: string) => new Uint8Array(readFileSync(path.join(samples, file)));
const load = (file: string) => importActivity(read(file), file, { includeTrack: true, privacyZone: false });

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * relative);

/** Distance within 0.5 % of the device's session summary, elapsed time to the second. */
function expectDeviceTotals(result: ImportResult, index = 0): void {
  const a = result.activities[index];
  const device = a?.deviceSession;
  expect(device?.distanceMeters).toBeDefined();
  within(a?.distanceMeters ?? 0, device?.distanceMeters ?? 0, 0.005);
  expect(Math.abs((a?.elapsedSeconds ?? 0) - (device?.elapsedSeconds ?? 0))).toBeLessThan(1);
  expect(a?.movingSeconds).toBeLessThanOrEqual((device?.timerSeconds ?? 0) + 1e-9);
}

/**
 * Barometric watches total their own climb; Backstride's smoothing is a little more conservative
 * (noise must never inflate it), so it lands at 70-110 % of the device's figure.
 */
function expectClimbNearDevice(result: ImportResult, index = 0): void {
  const a = result.activities[index];
  const deviceAscent = a?.deviceSession?.totalAscentMeters ?? 0;
  expect(a?.elevation?.gainMeters).toBeGreaterThanOrEqual(deviceAscent * 0.7);
  expect(a?.elevation?.gainMeters).toBeLessThanOrEqual(deviceAscent * 1.1);
}

/**
 * Devices average cadence over every record, stops and sensor zeros included; doing the same with the
 * decoded records must land within 1 spm of the device's figure (proves stride→step and fraction).
 */
function deviceWayCadence(file: string): number {
  const records = decodeFit(read(file)).records.filter((r) => r.cadence !== undefined);
  return records.reduce((sum, r) => sum + 2 * ((r.cadence ?? 0) + (r.fractionalCadence ?? 0)), 0) / records.length;
}

describe("FIT samples", () => {
  it("fenix 5, 57 s: 158 m, 21 records, full running dynamics, Pacific time offset", () => {
    const result = load("fit/fenix5-run-dynamics-57s.fit");
    expect(result.issues).toEqual([]);
    expectDeviceTotals(result);
    const [run] = result.activities;
    within(run?.distanceMeters ?? 0, 158, 0.005);
    expect(run?.elapsedSeconds).toBeCloseTo(57, 0);
    expect(run?.startTime).toBe("2017-06-11T14:34:09.000Z");
    expect(run?.utcOffsetMinutes).toBe(-420);
    expect(decodeFit(read("fit/fenix5-run-dynamics-57s.fit")).records).toHaveLength(21);
    // Session: 83 + 0.67 strides/min over the whole 57 s; the first 3 s are standing still (cadence 0),
    // so the moving average is higher: 2 × 78 session strides over the 55 moving seconds = 170.2 spm.
    expect(run?.deviceSession?.avgCadence).toBeCloseTo(167.34, 2);
    expect(run?.cadence?.avgStepsPerMinute).toBeGreaterThan(167);
    expect(run?.cadence?.avgStepsPerMinute).toBeLessThan(174);
    expect(run?.runningDynamics?.avgStanceTimeMs).toBeGreaterThan(200);
    expect(run?.runningDynamics?.avgVerticalOscillationMm).toBeGreaterThan(50);
    expect(run?.runningDynamics?.avgStepLengthMm).toBeGreaterThan(800);
  });

  it("fenix 2, 47:12: 9.01 km, 2809 records, 4 laps, HR and dynamics without step length", () => {
    const file = "fit/fenix2-run-47min.fit";
    const result = load(file);
    expect(result.issues).toEqual([]);
    expectDeviceTotals(result);
    const [run] = result.activities;
    expect(run?.elapsedSeconds).toBe(47 * 60 + 12);
    within(run?.distanceMeters ?? 0, 9010, 0.005);
    expect(run?.laps).toHaveLength(4);
    expect(run?.subSport).toBeUndefined();
    expect(decodeFit(read(file)).records).toHaveLength(2809);
    expect(Math.abs(deviceWayCadence(file) - (run?.deviceSession?.avgCadence ?? 0))).toBeLessThanOrEqual(1);
    // The fenix 2 stores whole strides (no fractional_cadence), so its 81 strides can be up to 2 spm low.
    expect(Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - 162)).toBeLessThanOrEqual(2);
    expect(run?.heartRate?.maxBpm).toBeGreaterThan(150);
    expect(run?.runningDynamics?.avgVerticalOscillationMm).toBeGreaterThan(0);
    expect(run?.runningDynamics?.avgStanceTimeMs).toBeGreaterThan(0);
    expect(run?.runningDynamics?.avgStepLengthMm).toBeUndefined();
    // The file starts with three points 87 m up: a glitch, not a climb.
    expectClimbNearDevice(result);
    expect(Math.abs((run?.elevation?.gainMeters ?? 0) - (run?.elevation?.lossMeters ?? 0))).toBeLessThan(10);
  });

  it("Forerunner 965, 74:48: 11.23 km, 12 laps; the moving cadence ignores the 774 zero records", () => {
    const file = "fit/fr965-run-75min-power-stamina.fit";
    const result = load(file);
    expectDeviceTotals(result);
    const [run] = result.activities;
    expect(Math.round(run?.elapsedSeconds ?? 0)).toBe(74 * 60 + 48);
    within(run?.distanceMeters ?? 0, 11_230, 0.005);
    expect(run?.laps).toHaveLength(12);
    const records = decodeFit(read(file)).records;
    expect(records).toHaveLength(4488);
    expect(records.filter((r) => r.cadence === 0)).toHaveLength(774);
    // Session 60 + 0.79 strides (121.6 spm) counts the stops; Backstride's average while moving does not.
    expect(Math.abs(deviceWayCadence(file) - (run?.deviceSession?.avgCadence ?? 0))).toBeLessThanOrEqual(1);
    expect(run?.cadence?.avgStepsPerMinute).toBeGreaterThan(140);
    expect(run?.cadence?.avgStepsPerMinute).toBeLessThanOrEqual(156);
    expect(run?.runningDynamics?.avgStepLengthMm).toBeGreaterThan(0);
    expectClimbNearDevice(result);
  });

  it("fenix 5X with Stryd developer fields, 28 min: 5.38 km, native cadence and dynamics", () => {
    const file = "fit/fenix5x-run-28min-stryd-devfields.fit";
    const result = load(file);
    expect(result.issues).toEqual([]);
    expectDeviceTotals(result);
    const [run] = result.activities;
    within(run?.distanceMeters ?? 0, 5380, 0.005);
    expect(Math.round((run?.elapsedSeconds ?? 0) / 60)).toBe(28);
    expect(Math.abs(deviceWayCadence(file) - (run?.deviceSession?.avgCadence ?? 0))).toBeLessThanOrEqual(1);
    // 17 zero-cadence records pull the device's 159.8 down; while moving the runner is at ~162.
    expect(Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - 161.7)).toBeLessThanOrEqual(1);
    expect(run?.runningDynamics?.avgStepLengthMm).toBeGreaterThan(1000);
    expectClimbNearDevice(result);
  });

  it("Forerunner 70, compressed timestamps: 64:43, 10.25 km, cadence 176, no absolute start time", () => {
    const file = "fit/fr70-run-65min-compressed-timestamps.fit";
    const result = load(file);
    expectDeviceTotals(result);
    const [run] = result.activities;
    expect(Math.round(run?.elapsedSeconds ?? 0)).toBe(64 * 60 + 43);
    within(run?.distanceMeters ?? 0, 10_250, 0.005);
    expect(run?.startTime).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["fit-relative-time"]);
    expect(
      Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - (run?.deviceSession?.avgCadence ?? 0)),
    ).toBeLessThanOrEqual(1);
    expect(decodeFit(read(file)).records).toHaveLength(755);
  });

  it("Forerunner 920XT triathlon, 4 chained files: 5 legs, the run leg 47:31 and 9.81 km", () => {
    const result = load("fit/fr920xt-triathlon-chained.fit");
    expect(result.issues).toEqual([]);
    expect(result.activities.map((a) => a.sport)).toEqual([
      "swimming",
      "transition",
      "cycling",
      "transition",
      "running",
    ]);
    expect(result.activities.map((a) => a.isRunning)).toEqual([false, false, false, false, true]);
    for (let i = 0; i < 5; i++) expectDeviceTotals(result, i);
    const run = result.activities[4];
    expect(Math.round(run?.elapsedSeconds ?? 0)).toBe(47 * 60 + 31);
    within(run?.distanceMeters ?? 0, 9810, 0.005);
    expect(
      Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - (run?.deviceSession?.avgCadence ?? 0)),
    ).toBeLessThanOrEqual(1);
    expect(run?.runningDynamics?.avgStanceTimeMs).toBeGreaterThan(0);
    // Cycling cadence is pedal rpm, not steps: it is not reported as running cadence.
    expect(result.activities[2]?.cadence).toBeNull();
  });
});

describe("damaged FIT samples give documented partial results", () => {
  it("truncated 3 bytes short: the 14 records and the session are kept, with an issue", () => {
    const result = load("fit/corrupt/truncated-unexpected-eof.fit");
    expect(result.issues.map((i) => i.code)).toEqual(["fit-truncated"]);
    expect(result.activities).toHaveLength(1);
    expect(result.activities[0]?.track).toHaveLength(14);
  });

  it("wrong file CRC: the 14 records are kept, with an issue", () => {
    const result = load("fit/corrupt/bad-file-crc.fit");
    expect(result.issues.map((i) => i.code)).toEqual(["fit-crc-mismatch"]);
    expect(result.activities[0]?.track).toHaveLength(14);
  });

  it("Strava Android file the SDK stops reading at byte 7472: the whole 59-minute run is kept", () => {
    const result = load("fit/corrupt/strava-android-run-undecodable.fit");
    expect(result.issues.map((i) => i.code).sort()).toEqual(["fit-damaged-bytes-skipped", "fit-truncated"]);
    const [run] = result.activities;
    expect(run?.track?.length).toBeGreaterThan(473);
    within(run?.distanceMeters ?? 0, 11_270, 0.005);
    expect(Math.round((run?.elapsedSeconds ?? 0) / 60)).toBe(59);
    expect(run?.device?.manufacturer).toBe("strava");
    // The points themselves add up to the session distance: no garbage record slipped through.
    const lastPoint = run?.track?.at(-1);
    expect(lastPoint?.elapsedSeconds).toBeLessThanOrEqual(3558);
  });
});

describe("GPX and TCX samples", () => {
  it("Garmin Connect GPX of the FR265S run: 65:23, 3924 points, ns3 extension, running", () => {
    const result = load("gpx/fr265s-run-10k-garmin-connect.gpx");
    expect(result.format).toBe("gpx");
    expect(result.issues).toEqual([]);
    const [run] = result.activities;
    expect(run?.sport).toBe("running");
    expect(run?.elapsedSeconds).toBe(65 * 60 + 23);
    expect(run?.track).toHaveLength(3924);
    // Median 84 strides/min.
    expect(Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - 168)).toBeLessThanOrEqual(2);
    expect(run?.heartRate?.maxBpm).toBeGreaterThan(100);
  });

  it("Garmin Connect TCX of the same run: 7 laps (3924 s, 9995 m), RunCadence from TPX", () => {
    const result = load("tcx/fr265s-run-10k-garmin-connect.tcx");
    expect(result.format).toBe("tcx");
    expect(result.issues).toEqual([]);
    const [run] = result.activities;
    expect(run?.laps).toHaveLength(7);
    expect(Math.round(run?.laps.reduce((sum, lap) => sum + lap.elapsedSeconds, 0) ?? 0)).toBe(3924);
    within(run?.distanceMeters ?? 0, 9995, 0.005);
    expect(run?.track).toHaveLength(3930);
  });

  it("the GPX and TCX exports of the same run agree", () => {
    const gpx = load("gpx/fr265s-run-10k-garmin-connect.gpx").activities[0];
    const tcx = load("tcx/fr265s-run-10k-garmin-connect.tcx").activities[0];
    within(gpx?.distanceMeters ?? 0, tcx?.distanceMeters ?? 0, 0.01);
    expect(
      Math.abs((gpx?.cadence?.avgStepsPerMinute ?? 0) - (tcx?.cadence?.avgStepsPerMinute ?? 0)),
    ).toBeLessThanOrEqual(1);
    expect(Math.abs((gpx?.elapsedSeconds ?? 0) - (tcx?.elapsedSeconds ?? 0))).toBeLessThanOrEqual(3);
    expect(Math.abs((gpx?.movingSeconds ?? 0) - (tcx?.movingSeconds ?? 0))).toBeLessThanOrEqual(3);
    expect(gpx?.startTime).toBe(tcx?.startTime);
    expect(Math.abs((gpx?.elevation?.gainMeters ?? 0) - (tcx?.elevation?.gainMeters ?? 0))).toBeLessThanOrEqual(3);
    expect(Math.abs((gpx?.downhillShare ?? 0) - (tcx?.downhillShare ?? 0))).toBeLessThanOrEqual(0.02);
  });

  it("Strava GPX of the Santa Rosa Marathon: 2h53m36s, 9890 points, gpxtpx extension, no <type>", () => {
    const result = load("gpx/strava-santa-rosa-marathon-2016.gpx");
    const [run] = result.activities;
    expect(run?.elapsedSeconds).toBe(2 * 3600 + 53 * 60 + 36);
    expect(run?.track).toHaveLength(9890);
    within(run?.distanceMeters ?? 0, 42_195, 0.01);
    // No <type>: the speed and cadence say run, and the issue says it was guessed.
    expect(run?.sport).toBe("running");
    expect(result.issues.map((i) => i.code)).toEqual(["sport-guessed"]);
    // Median 91 strides/min.
    expect(Math.abs((run?.cadence?.avgStepsPerMinute ?? 0) - 182)).toBeLessThanOrEqual(2);
  });

  it("GPX 1.0 with times on only 5 of 296 points: distance kept, durations reported as unknown", () => {
    const result = load("gpx/gpx10-mostly-without-times.gpx");
    const [track] = result.activities;
    expect(track?.track).toHaveLength(296);
    expect(track?.distanceMeters).toBeGreaterThan(1000);
    expect(track?.elapsedSeconds).toBe(0);
    expect(track?.cadence).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(["no-times"]);
  });

  it("Forerunner 410 TCX: 3 laps (1993 s, 4689 m), HR but no cadence, Notes kept", () => {
    const result = load("tcx/fr410-run-33min-no-cadence.tcx");
    expect(result.issues).toEqual([]);
    const [run] = result.activities;
    expect(run?.laps).toHaveLength(3);
    expect(Math.round(run?.laps.reduce((sum, lap) => sum + lap.elapsedSeconds, 0) ?? 0)).toBe(1993);
    within(run?.distanceMeters ?? 0, 4689, 0.005);
    expect(Math.abs((run?.elapsedSeconds ?? 0) - 1993)).toBeLessThanOrEqual(2);
    expect(run?.cadence).toBeNull();
    expect(run?.heartRate).not.toBeNull();
    expect(run?.notes).toBeTruthy();
  });
});

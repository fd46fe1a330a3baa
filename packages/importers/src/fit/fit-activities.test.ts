import { describe, expect, it } from "vitest";
import { importActivity } from "../import-activity.ts";
import { fitCrc16 } from "./fit-crc.ts";

const T0 = 1_000_000_000; // 2021-09-09T01:46:40Z on the FIT clock
const u16 = (v: number) => [v & 0xff, v >> 8];
const u32 = (v: number) => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24];

/** A FIT activity with records, a sport message and timer events, but no session or lap message. */
function recordsOnlyRun(): Uint8Array {
  const data: number[] = [
    // sport (12), local 1: sport enum = 1 (running)
    0x41,
    0,
    0,
    ...u16(12),
    1,
    0,
    1,
    0x00,
    0x01,
    1,
    // event (21), local 2: timestamp, event, event_type
    0x42,
    0,
    0,
    ...u16(21),
    3,
    253,
    4,
    0x86,
    0,
    1,
    0x00,
    1,
    1,
    0x00,
    // record (20), local 0: timestamp, distance, cadence, fractional cadence, heart rate, speed, altitude
    0x40,
    0,
    0,
    ...u16(20),
    7,
    253,
    4,
    0x86,
    5,
    4,
    0x86,
    4,
    1,
    0x02,
    53,
    1,
    0x02,
    3,
    1,
    0x02,
    6,
    2,
    0x84,
    2,
    2,
    0x84,
  ];
  const record = (t: number, meters: number) =>
    data.push(
      0x00,
      ...u32(T0 + t),
      ...u32(Math.round(meters * 100)),
      85,
      64,
      150,
      ...u16(3000),
      ...u16((100 + 500) * 5),
    );
  data.push(0x02, ...u32(T0), 0, 0); // timer start
  for (let t = 0; t <= 300; t++) record(t, t * 3);
  data.push(0x02, ...u32(T0 + 300), 0, 1); // timer stop
  data.push(0x02, ...u32(T0 + 400), 0, 0); // timer start after a 100 s pause
  for (let t = 400; t <= 700; t++) record(t, 900 + (t - 400) * 3);
  const bytes = new Uint8Array(12 + data.length + 2);
  bytes.set([12, 0x10, ...u16(2100), ...u32(data.length), 0x2e, 0x46, 0x49, 0x54, ...data], 0);
  bytes.set(u16(fitCrc16(bytes, 0, 12 + data.length)), 12 + data.length);
  return bytes;
}

describe("FIT without a session message", () => {
  it("computes distance, times and cadence from the records, and the sport from the sport message", () => {
    const result = importActivity(recordsOnlyRun(), "no-session.fit");
    expect(result.issues).toEqual([]);
    const [run] = result.activities;
    expect(run?.sport).toBe("running");
    expect(run?.startTime).toBe(new Date((T0 + 631_065_600) * 1000).toISOString());
    expect(run?.distanceMeters).toBeCloseTo(1800, 6);
    expect(run?.elapsedSeconds).toBe(700);
    // The 100 s timer pause is not moving time.
    expect(run?.movingSeconds).toBe(600);
    // 85 strides + 64/128 = 85.5 strides/min = 171 steps/min.
    expect(run?.cadence?.avgStepsPerMinute).toBeCloseTo(171, 6);
    expect(run?.cadence?.bands.from170to180).toBe(1);
    expect(run?.heartRate).toEqual({ avgBpm: 150, maxBpm: 150 });
    expect(run?.elevation).toEqual({ gainMeters: 0, lossMeters: 0 });
    expect(run?.deviceSession).toBeUndefined();
  });
});

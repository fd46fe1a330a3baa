import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { samplesDir as samples } from "../../test/fixtures/samples-dir.ts";
import { decodeFit } from "./decode-fit.ts";
import { fitCrc16 } from "./fit-crc.ts";
import { FIT_EPOCH_UNIX_SECONDS } from "./fit-enums.ts";

const read = (file: string) => new Uint8Array(readFileSync(path.join(samples, file)));
const csvRows = (file: string) =>
  readFileSync(path.join(samples, file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));

/** "Sun Jun 11 07:34:09 PDT 2017" → Unix seconds (python-fitparse wrote local Pacific time). */
function pacificToUnixSeconds(text: string): number {
  const [, month, day, time, zone, year] = text.split(" ") as [string, string, string, string, string, string];
  const offsetHours = zone === "PDT" ? 7 : 8;
  const [h, m, s] = time.split(":").map(Number) as [number, number, number];
  const monthIndex = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].indexOf(
    month,
  );
  return Date.UTC(Number(year), monthIndex, Number(day), h + offsetHours, m, s) / 1000;
}

describe("decodeFit against python-fitparse's expected records", () => {
  it("fenix 5: every record's time, position, HR, cadence, speed, distance, altitude and temperature", () => {
    const fit = decodeFit(read("fit/fenix5-run-dynamics-57s.fit"));
    const rows = csvRows("fit/fenix5-run-dynamics-57s.records.csv");
    expect(fit.issues).toEqual([]);
    expect(fit.records).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const r = fit.records[i];
      const [time, hr, cadence, speed, distance, lat, lon, altitude, temperature] = row as string[];
      expect((r?.timestamp ?? 0) + FIT_EPOCH_UNIX_SECONDS).toBe(pacificToUnixSeconds(time as string));
      expect(r?.heartRateBpm).toBe(Number(hr));
      expect(r?.cadence).toBe(Number(cadence));
      expect(r?.speedMps).toBeCloseTo(Number(speed), 3);
      expect(r?.distanceMeters).toBeCloseTo(Number(distance), 2);
      expect(r?.latSemicircles).toBe(Number(lat));
      expect(r?.lonSemicircles).toBe(Number(lon));
      expect(r?.altitudeMeters).toBeCloseTo(Number(altitude), 6);
      expect(r?.temperatureC).toBe(Number(temperature));
    });
  });

  it("Forerunner 70: compressed timestamps and compressed speed/distance match record by record", () => {
    const fit = decodeFit(read("fit/fr70-run-65min-compressed-timestamps.fit"));
    const rows = csvRows("fit/fr70-run-65min-compressed-timestamps.records.csv");
    // The file starts with a record holding only a timestamp, which the CSV leaves out.
    const withData = fit.records.filter((r) => r.heartRateBpm !== undefined || r.distanceMeters !== undefined);
    expect(fit.records).toHaveLength(755);
    expect(withData).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const r = withData[i];
      const [time, hr, speed, distance, cadence] = row as string[];
      expect(r?.timestamp).toBe(Number(time));
      expect(r?.heartRateBpm).toBe(Number(hr));
      expect(r?.speedMps).toBeCloseTo(Number(speed), 2);
      expect(r?.distanceMeters).toBeCloseTo(Number(distance), 4);
      expect(r?.cadence).toBe(cadence === "null" ? undefined : Number(cadence));
    });
  });
});

describe("decodeFit on real-world structure", () => {
  it("keeps developer fields apart from native fields even when the names clash", () => {
    const fit = decodeFit(read("fit/fenix5x-run-28min-stryd-devfields.fit"));
    const names = fit.developerFields.map((d) => d.name);
    expect(fit.developerDataIds.map((id) => id.developerDataIndex)).toContain(
      fit.developerFields[0]?.developerDataIndex,
    );
    expect(fit.developerDataIds[0]?.applicationId).toMatch(/^[0-9a-f]{32}$/);
    expect(names).toEqual(
      expect.arrayContaining(["Power", "Cadence", "Ground Time", "Vertical Oscillation", "Leg Spring Stiffness"]),
    );
    const cadenceField = fit.developerFields.find((d) => d.name === "Cadence");
    const key = `${cadenceField?.developerDataIndex}:${cadenceField?.fieldNumber}`;
    const withBoth = fit.records.filter((r) => r.cadence !== undefined && r.developer?.[key] !== undefined);
    expect(withBoth.length).toBeGreaterThan(1000);
    // Native cadence stays strides/min; Stryd's own "Cadence" is a separate value.
    expect(withBoth.some((r) => r.cadence !== r.developer?.[key])).toBe(true);
  });

  it("reads all four chained files of the triathlon", () => {
    const fit = decodeFit(read("fit/fr920xt-triathlon-chained.fit"));
    expect(fit.fileCount).toBe(4);
    expect(fit.sessions.map((s) => s.sport)).toEqual([5, 3, 2, 3, 1]);
    expect(fit.issues).toEqual([]);
  });

  it("keeps the 14 records of a file cut 3 bytes short, with an issue", () => {
    const fit = decodeFit(read("fit/corrupt/truncated-unexpected-eof.fit"));
    expect(fit.records).toHaveLength(14);
    expect(fit.issues.map((i) => i.code)).toContain("fit-truncated");
  });

  it("keeps the records of a file with a wrong CRC, with an issue", () => {
    const fit = decodeFit(read("fit/corrupt/bad-file-crc.fit"));
    expect(fit.records).toHaveLength(14);
    expect(fit.issues.map((i) => i.code)).toEqual(["fit-crc-mismatch"]);
  });

  it("reads past the Strava app's dropped byte instead of stopping at byte 7472 like the SDK", () => {
    const fit = decodeFit(read("fit/corrupt/strava-android-run-undecodable.fit"));
    expect(fit.issues.map((i) => i.code).sort()).toEqual(["fit-damaged-bytes-skipped", "fit-truncated"]);
    expect(fit.records.length).toBeGreaterThan(5000);
    const times = fit.records.map((r) => r.timestamp ?? 0);
    const start = fit.sessions[0]?.startTime ?? 0;
    const end = start + (fit.sessions[0]?.totalElapsedSeconds ?? 0);
    const inSession = times.filter((t) => t >= start && t <= end);
    // The record each dropped byte ran through is discarded, so no garbage time is left.
    expect(inSession).toHaveLength(times.length);
    expect(fit.issues.find((i) => i.code === "fit-damaged-bytes-skipped")?.message).toMatch(
      /in 17 places \(first at byte 7471\)/,
    );
  });

  it("decodes a big-endian definition and invalid sentinels", () => {
    const bytes = buildFit([
      // definition, local 0, big-endian, record (20): timestamp u32, heart_rate u8, cadence u8, speed u16
      [0x40, 0, 1, 0, 20, 4, 253, 4, 0x86, 3, 1, 0x02, 4, 1, 0x02, 6, 2, 0x84],
      [0x00, 0x3b, 0x9a, 0xca, 0x00, 150, 0xff, 0x0b, 0xb8],
    ]);
    const fit = decodeFit(bytes);
    expect(fit.issues).toEqual([]);
    expect(fit.records).toEqual([
      expect.objectContaining({ timestamp: 1_000_000_000, heartRateBpm: 150, cadence: undefined, speedMps: 3 }),
    ]);
  });

  it("reports bytes that are not FIT at all", () => {
    expect(decodeFit(new Uint8Array([1, 2, 3])).issues.map((i) => i.code)).toEqual(["fit-no-header"]);
  });
});

/** A minimal valid FIT file (12-byte header, correct CRC) around the given messages. */
function buildFit(messages: number[][]): Uint8Array {
  const data = messages.flat();
  const bytes = new Uint8Array(12 + data.length + 2);
  const view = new DataView(bytes.buffer);
  bytes.set([12, 0x10, 0x08, 0x08], 0);
  view.setUint32(4, data.length, true);
  bytes.set([0x2e, 0x46, 0x49, 0x54], 8);
  bytes.set(data, 12);
  view.setUint16(12 + data.length, fitCrc16(bytes, 0, 12 + data.length), true);
  return bytes;
}

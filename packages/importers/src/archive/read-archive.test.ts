import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { samplesDir as samples } from "../../test/fixtures/samples-dir.ts";
import { importActivity } from "../import-activity.ts";
import { ImportError } from "../import-error.ts";

const read = (file: string) => new Uint8Array(readFileSync(path.join(samples, file)));

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("Strava bulk export", () => {
  const csv = [
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Activity Gear,Filename,Distance",
    '1,"Aug 15, 2015, 2:45:08 PM",Morning Run,Run,"Easy, ""flat"" loop",2832,9.01,Pegasus 40,activities/1.fit.gz,9008.2',
    '2,"Oct 3, 2024, 10:44:20 AM",Davidson,Run,,3923,10.0,Novablast 4,activities/2.gpx.gz,10004.5',
    '3,"Jan 5, 2013, 7:00:00 AM",Old footpod run,Run,,3883,10.2,Pegasus 40,activities/3.fit,10248.6',
    '4,"Feb 1, 2020, 6:00:00 AM",Manual entry,Run,,1800,5.0,,,5000',
  ].join("\n");
  const zip = zipSync({
    "activities.csv": strToU8(csv),
    "activities/1.fit.gz": gzipSync(read("fit/fenix2-run-47min.fit")),
    "activities/2.gpx.gz": gzipSync(read("gpx/fr265s-run-10k-garmin-connect.gpx")),
    "activities/3.fit": read("fit/fr70-run-65min-compressed-timestamps.fit"),
    "activities/4.tcx.gz": strToU8("not gzip at all"),
    "profile.csv": strToU8("name\nRunner"),
  });

  it("imports every activity file, with the CSV's names, gear and descriptions", () => {
    const result = importActivity(zip, "export_123.zip");
    expect(result.format).toBe("strava-export");
    expect(result.activities.map((a) => [a.sourceFile, a.name, a.gearName])).toEqual([
      ["activities/1.fit.gz", "Morning Run", "Pegasus 40"],
      ["activities/2.gpx.gz", "Davidson", "Novablast 4"],
      ["activities/3.fit", "Old footpod run", "Pegasus 40"],
    ]);
    expect(result.activities[0]?.notes).toBe('Easy, "flat" loop');
    expect(result.activities[0]?.distanceMeters).toBeCloseTo(9008.22, 2);
  });

  it("takes the date from the CSV when the file has only device-relative time", () => {
    const result = importActivity(zip, "export_123.zip");
    expect(result.activities[2]?.startTime).toBe("2013-01-05T07:00:00.000Z");
  });

  it("reports a broken entry as an issue while the others import", () => {
    const result = importActivity(zip, "export_123.zip");
    expect(result.issues).toEqual([
      expect.objectContaining({ file: "activities/4.tcx.gz", severity: "error", code: "unrecognised-format" }),
    ]);
  });
});

describe("plain zips and their limits", () => {
  it("imports a plain zip of activity files", () => {
    const zip = zipSync({
      "runs/a.fit": read("fit/fenix5-run-dynamics-57s.fit"),
      "runs/b.tcx": read("tcx/fr410-run-33min-no-cadence.tcx"),
    });
    const result = importActivity(zip, "runs.zip");
    expect(result.format).toBe("zip");
    expect(result.activities.map((a) => a.sourceFile)).toEqual(["runs/a.fit", "runs/b.tcx"]);
  });

  it("reads the entries before the cut when a zip lost its end (and so its directory)", () => {
    const zip = zipSync({
      "a.fit": read("fit/fenix5-run-dynamics-57s.fit"),
      "b.fit": read("fit/fr70-run-65min-compressed-timestamps.fit"),
    });
    const cut = zip.subarray(0, zip.length - 200);
    const result = importActivity(cut, "cut.zip");
    expect(result.activities.map((a) => a.sourceFile)).toEqual(["a.fit"]);
    expect(result.issues).toEqual([expect.objectContaining({ file: "b.fit", code: "archive-invalid" })]);
  });

  it("skips zip-slip paths with an issue and imports the rest", () => {
    const zip = zipSync({
      "../../etc/evil.fit": read("fit/fenix5-run-dynamics-57s.fit"),
      "/abs/evil.gpx": read("gpx/gpx10-mostly-without-times.gpx"),
      "ok.fit": read("fit/fenix5-run-dynamics-57s.fit"),
    });
    const result = importActivity(zip, "slip.zip");
    expect(result.activities.map((a) => a.sourceFile)).toEqual(["ok.fit"]);
    expect(result.issues.filter((i) => i.code === "zip-slip").map((i) => i.file)).toEqual([
      "../../etc/evil.fit",
      "/abs/evil.gpx",
    ]);
  });

  it("rejects a zip bomb (a large, highly compressible entry) with a clear message", () => {
    const bomb = zipSync({ "huge.gpx": new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    const error = importError(() => importActivity(bomb, "bomb.zip"));
    expect(error.code).toBe("no-activity-data");
    expect(error.message).toMatch(/zip bomb/);
  });

  it("judges the ratio of every entry, however small: many 1 MiB bombs are each refused unread", () => {
    // The attack that froze the server: many entries of exactly 1 MiB of zeros, each under the old 1 MiB threshold.
    const files: Record<string, Uint8Array> = { "real.fit": read("fit/fenix5-run-dynamics-57s.fit") };
    for (let i = 0; i < 100; i++) files[`zeros-${i}.gpx`] = new Uint8Array(1024 * 1024);
    files["small.tcx"] = new Uint8Array(64 * 1024);
    const result = importActivity(zipSync(files, { level: 9 }), "many-bombs.zip");
    expect(result.activities.map((a) => a.sourceFile)).toEqual(["real.fit"]);
    const bombs = result.issues.filter((i) => i.code === "archive-limits");
    expect(bombs).toHaveLength(101);
    expect(bombs.every((issue) => /zip bomb/.test(issue.message))).toBe(true);
  });

  it("refuses a small gzip that expands more than the ratio allows", () => {
    const error = importError(() => importActivity(gzipSync(new Uint8Array(512 * 1024), { level: 9 }), "z.gpx.gz"));
    expect(error.code).toBe("archive-limits");
  });

  it("stops an entry that unpacks to more than it declares", () => {
    const zip = zipSync({ "big.gpx": new Uint8Array(3 * 1024 * 1024).fill(0x20) }, { level: 9 });
    lieAboutSizes(zip, 1000);
    const result = () => importActivity(zip, "liar.zip", { limits: { maxCompressionRatio: 1e9 } });
    expect(importError(result).message).toMatch(/unpacks to more than/);
  });

  it("refuses an archive with too many entries before unpacking anything", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) files[`f${i}.gpx`] = strToU8("<gpx/>");
    const error = importError(() => importActivity(zipSync(files), "many.zip", { limits: { maxArchiveEntries: 20 } }));
    expect(error.code).toBe("archive-limits");
    expect(error.message).toMatch(/more than 20 entries/);
  });

  it("stops a gzip bomb that lies about its size in the trailer at its first megabytes", () => {
    const gz = gzipSync(new Uint8Array(32 * 1024 * 1024), { level: 9 });
    new DataView(gz.buffer, gz.byteOffset, gz.byteLength).setUint32(gz.length - 4, 1000, true);
    const error = importError(() => importActivity(gz, "bomb.fit.gz"));
    expect(error.code).toBe("archive-limits");
    expect(error.message).toMatch(/zip bomb/);
  });

  it("refuses a gzip that unpacks past the file limit", () => {
    const gz = gzipSync(new Uint8Array(2 * 1024 * 1024));
    const error = importError(() => importActivity(gz, "big.fit.gz", { limits: { maxFileBytes: 1024 * 1024 } }));
    expect(error.code).toBe("too-large");
  });
});

/** Rewrites every declared uncompressed size (local headers and central directory) to `size`. */
function lieAboutSizes(zip: Uint8Array, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 4 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
}

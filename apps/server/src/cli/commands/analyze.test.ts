import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { samplesDir as samples } from "../../../../../packages/importers/test/fixtures/samples-dir.ts";
import type { CliIo } from "../cli-io.ts";
import { run } from "./analyze.ts";

/** A CliIo over an in-memory set of files; a missing name fails like the file system would. */
function fakeIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([]),
    readFile: async (name) => {
      const bytes = files[name];
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${name}`), { code: "ENOENT" });
      return bytes;
    },
    today: () => "2026-11-25",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

const sample = (file: string) => new Uint8Array(readFileSync(path.join(samples, file)));

describe("backstride analyze", () => {
  it("prints one JSON object per file with the documented shape", async () => {
    const { io, stdout, stderr } = fakeIo({
      "tri.fit": sample("fit/fr920xt-triathlon-chained.fit"),
      "run.gpx": sample("gpx/fr265s-run-10k-garmin-connect.gpx"),
    });
    expect(await run(["tri.fit", "run.gpx", "--json"], io)).toBe(0);
    expect(stderr()).toBe("");
    const lines = stdout()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.file, l.format, l.activities.length])).toEqual([
      ["tri.fit", "fit", 5],
      ["run.gpx", "gpx", 1],
    ]);
    const runLeg = lines[0].activities[4];
    expect(Object.keys(runLeg)).toEqual([
      "sport",
      "startTime",
      "distanceMeters",
      "elapsedSeconds",
      "movingSeconds",
      "cadence",
      "elevation",
      "downhillShare",
      "heartRate",
      "runningDynamics",
    ]);
    expect(runLeg.sport).toBe("running");
    expect(runLeg.distanceMeters).toBeCloseTo(9805.92, 2);
    expect(Object.keys(runLeg.cadence.bands)).toEqual(["below160", "from160to170", "from170to180", "above180"]);
    expect(lines[1].issues).toEqual([]);
  });

  it("summarises each activity in plain words, with the issues of a partial file, and exits 0", async () => {
    const { io, stdout } = fakeIo({
      "cut.fit": sample("fit/corrupt/truncated-unexpected-eof.fit"),
      "run.fit": sample("fit/fenix2-run-47min.fit"),
    });
    expect(await run(["cut.fit", "run.fit"], io)).toBe(0);
    const text = stdout();
    expect(text).toContain("cut.fit (fit, 1 activity)");
    expect(text).toMatch(/warning: The file ends early/);
    expect(text).toContain("47:12 elapsed");
    expect(text).toMatch(/cadence 163 steps\/min while moving \(below 160: \d+%/);
  });

  it("reports an unreadable file on one stderr line and exits 1 after analysing the others", async () => {
    const { io, stdout, stderr } = fakeIo({
      "junk.fit": new Uint8Array([1, 2, 3, 4]),
      "run.fit": sample("fit/fenix5-run-dynamics-57s.fit"),
    });
    expect(await run(["junk.fit", "missing.gpx", "run.fit", "--json"], io)).toBe(1);
    expect(stderr().trim().split("\n")).toEqual([
      "backstride analyze: junk.fit: has no FIT header: it is damaged or not a FIT file.",
      "backstride analyze: missing.gpx: no such file",
    ]);
    expect(stdout().trim().split("\n")).toHaveLength(1);
  });

  it("explains its usage when called without files or with an unknown option", async () => {
    const { io, stderr } = fakeIo({});
    expect(await run([], io)).toBe(2);
    expect(await run(["a.fit", "--csv"], io)).toBe(2);
    expect(stderr()).toContain("usage: backstride analyze FILE... [--json]");
  });
});

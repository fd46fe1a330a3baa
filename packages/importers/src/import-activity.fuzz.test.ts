import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { samplesDir as samples } from "../test/fixtures/samples-dir.ts";
import { importActivity } from "./import-activity.ts";
import { ImportError } from "./import-error.ts";

/**
 * Whatever the bytes, importActivity returns a result or throws ImportError, never anything else, and
 * never the catch-all "decoder-failure" (that would be a bug hidden behind the contract). Inputs stay
 * small so every run is quick; time per file is measured in bench/importers, not asserted here.
 */
const read = (file: string) => new Uint8Array(readFileSync(path.join(samples, file)));

const point = (i: number) =>
  `<trkpt lat="45.${1000 + i}" lon="7.1"><ele>${100 + i}</ele><time>2024-01-01T10:00:${String(i).padStart(2, "0")}Z</time>` +
  `<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + i}</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`;
const smallGpx = `<?xml version="1.0"?><gpx version="1.1"><trk><type>running</type><trkseg>${Array.from({ length: 20 }, (_, i) => point(i)).join("")}</trkseg></trk></gpx>`;
const trackpoint = (i: number) =>
  `<Trackpoint><Time>2024-01-01T10:00:${String(i).padStart(2, "0")}Z</Time><Position><LatitudeDegrees>45.${1000 + i}</LatitudeDegrees>` +
  `<LongitudeDegrees>7.1</LongitudeDegrees></Position><DistanceMeters>${i * 3}</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm>` +
  `<Extensions><ns3:TPX><ns3:Speed>3</ns3:Speed><ns3:RunCadence>86</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>`;
const smallTcx =
  `<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>2024-01-01T10:00:00Z</Id>` +
  `<Lap StartTime="2024-01-01T10:00:00Z"><TotalTimeSeconds>19</TotalTimeSeconds><DistanceMeters>57</DistanceMeters>` +
  `<Track>${Array.from({ length: 20 }, (_, i) => trackpoint(i)).join("")}</Track>` +
  `<Extensions><ns3:LX><ns3:AvgRunCadence>86</ns3:AvgRunCadence></ns3:LX></Extensions></Lap></Activity></Activities></TrainingCenterDatabase>`;

const seeds: [string, Uint8Array][] = [
  ["small.gpx", new TextEncoder().encode(smallGpx)],
  ["small.tcx", new TextEncoder().encode(smallTcx)],
  ["run.fit", read("fit/fenix5-run-dynamics-57s.fit")],
  ["compressed.fit", read("fit/fr70-run-65min-compressed-timestamps.fit")],
  ["truncated.fit", read("fit/corrupt/truncated-unexpected-eof.fit")],
  ["track.gpx", read("gpx/gpx10-mostly-without-times.gpx")],
  ["run.fit.gz", gzipSync(read("fit/fenix5-run-dynamics-57s.fit"))],
  [
    "runs.zip",
    zipSync({ "a.fit": read("fit/fenix5-run-dynamics-57s.fit"), "b.gpx": read("gpx/gpx10-mostly-without-times.gpx") }),
  ],
];

type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number }
  | { kind: "overwrite"; at: number; bytes: Uint8Array };

const position = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({
    kind: fc.constant("overwrite" as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
);

function mutate(input: Uint8Array, m: Mutation): Uint8Array {
  const at = Math.floor(m.at * input.length);
  switch (m.kind) {
    case "flip": {
      const out = input.slice();
      out[at] = (out[at] as number) ^ (1 << m.bit);
      return out;
    }
    case "truncate":
      return input.slice(0, at);
    case "insert":
      return concat(input.subarray(0, at), m.bytes, input.subarray(at));
    case "delete":
      return concat(input.subarray(0, at), input.subarray(Math.min(input.length, at + m.length)));
    case "overwrite": {
      const out = input.slice();
      out.set(m.bytes.subarray(0, Math.max(0, out.length - at)), at);
      return out;
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function expectOnlyImportErrors(bytes: Uint8Array, name: string): void {
  try {
    const result = importActivity(bytes, name, { includeTrack: true });
    expect(result.activities.length).toBeGreaterThan(0);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).not.toBe("decoder-failure");
  }
}

describe("importActivity under fuzzing", () => {
  it("imports every unmutated seed, so the mutations start from real activities", () => {
    for (const [name, bytes] of seeds) expect(importActivity(bytes, name).activities.length).toBeGreaterThan(0);
    expect(importActivity(seeds[1]?.[1] as Uint8Array, "small.tcx").activities[0]?.cadence?.avgStepsPerMinute).toBe(
      172,
    );
  });

  it("mutated real files (flips, truncations, insertions, deletions) give a result or an ImportError", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        ([name, bytes], mutations) => {
          expectOnlyImportErrors(mutations.reduce(mutate, bytes), name);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("random bytes, also behind a FIT header, a gzip or a zip signature, give an ImportError at most", () => {
    const prefixes = [
      new Uint8Array(0),
      new Uint8Array([14, 0x20, 0x5c, 0x08, 0x10, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0]),
      new Uint8Array([0x1f, 0x8b, 8, 0]),
      new Uint8Array([0x50, 0x4b, 3, 4]),
      new TextEncoder().encode('<?xml version="1.0"?><gpx><trk><trkseg>'),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 4096 }), (prefix, body) => {
        expectOnlyImportErrors(concat(prefix, body), "random.bin");
      }),
      { numRuns: 1500 },
    );
  });

  it("FIT definitions with random layouts and data never escape the decoder", () => {
    const header = new Uint8Array([12, 0x10, 0x08, 0x08, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54]);
    const definition = fc
      .tuple(
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom(0, 1),
        fc.constantFrom(0, 18, 19, 20, 21, 23, 34, 206, 207, 132),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 255 })),
          { maxLength: 12 },
        ),
      )
      .map(([local, arch, global, fields]) => [
        0x40 | local,
        0,
        arch,
        global & 0xff,
        global >> 8,
        fields.length,
        ...fields.flat(),
      ]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(definition, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 })), {
          maxLength: 30,
        }),
        (messages) => {
          const data = new Uint8Array(messages.flat());
          const bytes = concat(header, data, new Uint8Array(2));
          new DataView(bytes.buffer).setUint32(4, data.length, true);
          expectOnlyImportErrors(bytes, "generated.fit");
        },
      ),
      { numRuns: 800 },
    );
  });
});

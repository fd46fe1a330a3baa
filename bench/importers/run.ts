// Importer throughput, as ratios against a floor and a peer measured in the same run on the same bytes.
// Run: npx tsx bench/importers/run.ts
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeFit, importActivity } from "@backstride/importers";
import { Decoder, Stream } from "@garmin/fitsdk";
import { XMLParser } from "fast-xml-parser";
import { gzipSync, strToU8, zipSync } from "fflate";
import FitParser from "fit-file-parser";
import { samplesDir } from "../../packages/importers/test/fixtures/samples-dir.ts";
import { fitCrcLoop, measureThroughputMBps, slowestCallMs, sumBytes } from "./measure-throughput.ts";
import { mutatedInputs } from "./mutated-inputs.ts";

const PER_FILE_BUDGET_MS = 1000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const all = filesUnder(samplesDir);
const load = (filter: RegExp): [string, Uint8Array][] =>
  all.filter((f) => filter.test(f)).map((f) => [path.relative(samplesDir, f), new Uint8Array(readFileSync(f))]);
const fitFiles = load(/\.fit$/);
const xmlFiles = load(/\.(gpx|tcx)$/);
const mb = (files: [string, Uint8Array][]) => (files.reduce((n, [, b]) => n + b.length, 0) / 1e6).toFixed(2);

const row = (label: string, mbps: number, floorMBps: number) =>
  console.log(
    `  ${label.padEnd(44)} ${mbps.toFixed(1).padStart(8)} MB/s   floor/this = ${(floorMBps / mbps).toFixed(2)}×`,
  );

console.log(`FIT: ${fitFiles.length} sample files, ${mb(fitFiles)} MB`);
const fitBytes = fitFiles.map(([, b]) => b);
const fitFloor = measureThroughputMBps(fitBytes, fitCrcLoop);
row("floor: FIT CRC-16 loop over the same bytes", fitFloor, fitFloor);
row("(a byte loop summing them, for scale)", measureThroughputMBps(fitBytes, sumBytes), fitFloor);
const ours = measureThroughputMBps(fitBytes, decodeFit);
row("decodeFit (our decoder, decode only)", ours, fitFloor);
const oursFull = measureThroughputMBps(fitBytes, (b) => importActivity(b, "x.fit"));
row("importActivity (decode + summaries)", oursFull, fitFloor);
const parser = new FitParser({ force: true, mode: "list" });
const peer = measureThroughputMBps(fitBytes, (b) => {
  // fit-file-parser wants an ArrayBuffer; its errors on the damaged samples are part of its cost.
  parser.parse(b.slice().buffer, () => {});
  return 1;
});
row("fit-file-parser 6.1.2 {force:true} (peer)", peer, fitFloor);
const garmin = measureThroughputMBps(fitBytes, (b) => {
  // The official SDK, decode only with its default options; it throws on some damaged samples.
  try {
    return new Decoder(Stream.fromByteArray(b)).read().messages;
  } catch {
    return 0;
  }
});
row("@garmin/fitsdk 21.217 Decoder.read() (peer)", garmin, fitFloor);
console.log(
  `  importActivity is ${(oursFull / garmin).toFixed(1)}× the Garmin SDK's throughput (goal >= 10×) and ${(fitFloor / oursFull).toFixed(1)}× under the CRC floor (goal <= 4×)`,
);
console.log(
  `  our decoder is ${(ours / garmin).toFixed(1)}× the Garmin SDK and ${(ours / peer).toFixed(1)}× fit-file-parser; importActivity ${(oursFull / peer).toFixed(1)}× fit-file-parser`,
);

console.log(`\nGPX/TCX: ${xmlFiles.length} sample files, ${mb(xmlFiles)} MB`);
const xmlBytes = xmlFiles.map(([, b]) => b);
const xmlFloor = measureThroughputMBps(xmlBytes, sumBytes);
row("floor: byte loop summing the same bytes", xmlFloor, xmlFloor);
const bare = new XMLParser({ ignoreAttributes: false });
const utf8 = new TextDecoder();
const bareMBps = measureThroughputMBps(xmlBytes, (b) => bare.parse(utf8.decode(b)));
row("fast-xml-parser bare parse (peer)", bareMBps, xmlFloor);
const xmlOurs = measureThroughputMBps(xmlBytes, (b) => importActivity(b, "x.xml"));
row("importActivity (parse + summaries)", xmlOurs, xmlFloor);
console.log(`  importActivity runs at ${(xmlOurs / bareMBps).toFixed(2)}× the bare parse's throughput`);

// Hostile inputs must be turned away quickly too.
const billionLaughs = strToU8(
  `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ""};`.repeat(10)}">`).join("")}]><gpx><trk><name>&a9;</name></trk></gpx>`,
);
const hostile: [string, Uint8Array][] = [
  ["zip bomb (64 MiB of zeros)", zipSync({ "bomb.gpx": new Uint8Array(64 * 1024 * 1024) }, { level: 9 })],
  ["gzip bomb (64 MiB of zeros)", gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 })],
  ["XML entity bomb", billionLaughs],
];

console.log(`\nSlowest single call per file (budget ${PER_FILE_BUDGET_MS} ms):`);
const timings = slowestCallMs([...fitFiles, ...xmlFiles, ...hostile], (b, name) => importActivity(b, name));
let overBudget = 0;
for (const [name, ms] of timings) {
  const over = ms > PER_FILE_BUDGET_MS;
  if (over) overBudget++;
  console.log(`  ${name.padEnd(56)} ${ms.toFixed(1).padStart(8)} ms${over ? "  OVER BUDGET" : ""}`);
}
console.log(overBudget === 0 ? "  all within budget" : `  ${overBudget} over budget`);

// The fuzz tests prove damaged files never throw anything but ImportError; this times them.
const damaged = mutatedInputs([...fitFiles, ...xmlFiles.filter(([, b]) => b.length < 300_000)], 400);
const damagedTimings = slowestCallMs(damaged, (b, name) => importActivity(b, name));
const [slowestName, slowestMs] = damagedTimings.reduce((worst, t) => (t[1] > worst[1] ? t : worst));
const damagedOver = damagedTimings.filter(([, ms]) => ms > PER_FILE_BUDGET_MS).length;
overBudget += damagedOver;
console.log(`\n${damaged.length} damaged copies of the samples (flips, cuts, insertions, deletions):`);
console.log(
  `  slowest ${slowestMs.toFixed(1)} ms (${slowestName}); ${damagedOver} over the ${PER_FILE_BUDGET_MS} ms budget`,
);
process.exitCode = overBudget === 0 ? 0 : 1;

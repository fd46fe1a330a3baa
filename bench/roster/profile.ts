/**
 * One roster request under the profiler: the 500-runner roster server on PostgreSQL with the V8
 * profiler on while it serves (not while it seeds), `count` requests one after another, then the
 * functions with the most self time, as shares of the sampled time.
 *   npx tsx bench/roster/profile.ts [count]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const count = Number(process.argv[2] ?? 200);
const profilePath = "/tmp/roster.cpuprofile";
const child = spawn(process.execPath, ["--import", "tsx", new URL("./roster-server.ts", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
  env: {
    ...process.env,
    ROSTER_PROFILE: profilePath,
    ROSTER_DATABASE_URL: process.env.ROSTER_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/backstride_roster",
  },
});
const ready = await new Promise<{ port: number; cookieAll: string }>((resolve) =>
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line))),
);
let bytes = 0;
for (let index = 0; index < count; index += 1) {
  const answer = await fetch(`http://127.0.0.1:${ready.port}/api/athletes`, { headers: { cookie: ready.cookieAll } });
  bytes = (await answer.arrayBuffer()).byteLength;
}
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const profile = JSON.parse(readFileSync(profilePath, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<string, number>();
for (const sample of profile.samples) {
  const frame = byId.get(sample)?.callFrame;
  const key = frame
    ? `${frame.functionName || "(anonymous)"} ${frame.url.replace(/^.*\/(node_modules|apps|packages)\//, "$1/")}:${frame.lineNumber + 1}`
    : "?";
  self.set(key, (self.get(key) ?? 0) + 1);
}
const total = profile.samples.length;
console.log(`${count} roster requests, ${bytes} bytes each; self time by function (share of samples):`);
for (const [key, samples] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`  ${((100 * samples) / total).toFixed(1).padStart(5)}%  ${key}`);
}

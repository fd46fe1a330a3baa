/**
 * Imports under load: GET /api/health latency while runners upload large activity files, archives and
 * zip bombs, against the same health load with no import running, in one run. Goal: health p99 under
 * 50 ms while any import runs (decoding happens in worker threads, never on the event loop).
 *   npx tsx bench/imports-under-load.ts
 *   # or: npm run imports-under-load -w @backstride/bench
 * The server runs in its own process, started the way `npm start` starts it (tsx registered by the
 * entry, workers loading the TypeScript sources).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { zipSync } from "fflate";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 15);
/** A steady stream of health checks, as a load balancer and a few open apps would send, not a flood. */
const connections = 10;
const uploaders = 3;

if (process.argv[2] === "--server") {
  await serve();
} else {
  await measure();
}

/** The server process: SQLite in a temporary directory, a few runners; prints {port, sessions}. */
async function serve(): Promise<void> {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { loadConfig } = await import("../apps/server/src/config/config.ts");
  const { createDatabase } = await import("../apps/server/src/database/create-database.ts");
  const { migrateToLatest } = await import("../apps/server/src/database/migrate.ts");
  const { buildApp } = await import("../apps/server/src/http/build-app.ts");
  const dataDir = mkdtempSync(join(tmpdir(), "backstride-bench-"));
  const config = { ...loadConfig(process.env), dataDir, databaseUrl: null, webDistDir: join(dataDir, "no-web") };
  const database = await createDatabase(config);
  await migrateToLatest(database.db, database.kind);
  const { app, services, close } = await buildApp({ config, database });
  const sessions: { cookie: string; csrfToken: string }[] = [];
  for (let i = 0; i < uploaders; i++) {
    const user = await services.auth.createUser({
      email: `bench${i}@example.test`,
      password: "bench password 1234",
      name: `Bench Runner ${i}`,
      roles: ["runner"],
    });
    const session = await services.auth.issueSession(user);
    sessions.push({ cookie: `bs_session=${session.sessionId}`, csrfToken: session.csrfToken });
  }
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port, sessions, threads: config.importCapacity.decodeThreads })}\n`);
  // The event loop's own delay, read between the phases: the client's stalls and the network do not count here.
  const { monitorEventLoopDelay } = await import("node:perf_hooks");
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  createInterface({ input: process.stdin }).on("line", () => {
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    process.stdout.write(`${JSON.stringify({ p99Ms: ms(delay.percentile(99)), maxMs: ms(delay.max) })}\n`);
    delay.reset();
  });
  const stop = async () => {
    await close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** A GPX of `points` track points (~110 bytes each); the 8-digit tag in `creator` makes its hash unique. */
function largeGpx(points: number, tag: number): Uint8Array {
  const start = Date.parse("2024-01-01T06:00:00Z");
  const rows: string[] = [];
  for (let i = 0; i < points; i++) {
    const lat = (47.6 + i * 1e-6).toFixed(7);
    const lon = (-122.3 + i * 1e-6).toFixed(7);
    rows.push(
      `<trkpt lat="${lat}" lon="${lon}"><ele>12.0</ele><time>${new Date(start + i * 1000).toISOString()}</time></trkpt>`,
    );
  }
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" creator="bench ${tag.toString().padStart(8, "0")}" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${rows.join("")}</trkseg></trk></gpx>`,
  );
}

async function measure(): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_FLAGS?.split(" ").filter(Boolean) ?? []),
      "--import",
      "tsx",
      new URL(import.meta.url).pathname,
      "--server",
    ],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise<{ port: number; sessions: { cookie: string; csrfToken: string }[]; threads: number }>(
    (resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
      lines.once("line", (line) => resolve(JSON.parse(line)));
    },
  );
  const base = `http://127.0.0.1:${ready.port}`;
  /** The server's event-loop delay since the last call. */
  const loopDelay = () =>
    new Promise<{ p99Ms: number; maxMs: number }>((resolve) => {
      lines.once("line", (line) => resolve(JSON.parse(line)));
      child.stdin.write("report\n");
    });

  const samplesDir = new URL("../packages/importers/test/fixtures/samples/", import.meta.url).pathname;
  const sampleFiles = readdirSync(samplesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(fit|gpx|tcx)$/.test(entry.name))
    .map((entry) => new Uint8Array(readFileSync(join(entry.parentPath, entry.name))));
  const zeros = new Uint8Array(1024 * 1024);
  const bombEntries: Record<string, Uint8Array> = {};
  for (let i = 0; i < 300; i++) bombEntries[`z/${i}.gpx`] = zeros;
  // Everything is built before measuring: compressing or writing 16 MB here would stall this
  // process's own event loop and show up as the server's latency. Each upload only gets a new tag.
  const bodies = [
    { kind: "gpx", bytes: largeGpx(150_000, 0) },
    {
      kind: "zip",
      bytes: zipSync(
        Object.fromEntries(sampleFiles.map((bytes, i) => [`samples/${i}.${i % 2 ? "fit" : "gpx"}`, bytes])),
      ),
    },
    { kind: "zip", bytes: zipSync(bombEntries, { level: 1 }) },
  ] as const;
  const names = ["long.gpx", "samples.zip", "bomb.zip"];

  /** A copy with a unique tag, so no upload is a duplicate of an earlier one (those skip decoding). */
  const tagged = (body: (typeof bodies)[number], tag: number): Uint8Array => {
    const label = new TextEncoder().encode(tag.toString().padStart(8, "0"));
    if (body.kind === "gpx") {
      const copy = body.bytes.slice();
      copy.set(label, gpxTagOffset);
      return copy;
    }
    // A zip's end record may carry a comment: the tag goes there, and nothing is compressed again.
    const copy = new Uint8Array(body.bytes.length + label.length);
    copy.set(body.bytes);
    copy.set(label, body.bytes.length);
    new DataView(copy.buffer).setUint16(body.bytes.length - 2, label.length, true);
    return copy;
  };
  const gpxTagOffset = new TextDecoder().decode(bodies[0].bytes.subarray(0, 200)).indexOf('creator="bench ') + 15;

  /** What one uploader sends in turn: a 16 MB GPX, an archive of every sample, a zip bomb. */
  const uploadsFor = (round: number, uploader: number): { name: string; bytes: Uint8Array }[] => {
    const which = round % bodies.length;
    const body = bodies[which] as (typeof bodies)[number];
    return [{ name: names[which] as string, bytes: tagged(body, round * uploaders + uploader) }];
  };

  const counts = { uploads: 0, statuses: new Map<number, number>() };
  let stopUploading = false;
  async function uploadLoop(uploader: number): Promise<void> {
    const session = ready.sessions[uploader];
    if (!session) return;
    for (let round = 0; !stopUploading; round++) {
      const form = new FormData();
      for (const file of uploadsFor(round, uploader))
        form.append("files", new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name);
      const response = await fetch(`${base}/api/imports`, {
        method: "POST",
        body: form,
        headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
      });
      await response.arrayBuffer();
      counts.uploads += 1;
      counts.statuses.set(response.status, (counts.statuses.get(response.status) ?? 0) + 1);
    }
  }

  const health = async () => {
    const result = await autocannon({ url: `${base}/api/health`, connections, duration: durationSeconds });
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`/api/health: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
    return result.latency;
  };

  try {
    await autocannon({ url: `${base}/api/health`, connections, duration: 3 });
    await loopDelay();
    const idle = await health();
    const idleLoop = await loopDelay();
    // Warm the worker threads and the upload path once, then measure with uploads running throughout.
    const loops = Array.from({ length: uploaders }, (_, i) => uploadLoop(i));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const uploadsBefore = counts.uploads;
    await loopDelay();
    const busy = await health();
    const busyLoop = await loopDelay();
    const uploadsDuring = counts.uploads - uploadsBefore;
    stopUploading = true;
    await Promise.all(loops);

    const row = (name: string, l: typeof idle, loop: typeof idleLoop) =>
      `${name.padEnd(28)} p50 ${String(l.p50).padStart(4)} ms   p99 ${String(l.p99).padStart(4)} ms   max ${String(l.max).padStart(5)} ms   server event-loop delay p99 ${loop.p99Ms} ms, max ${loop.maxMs} ms`;
    console.log(
      `SQLite, ${connections} health connections, ${durationSeconds} s each, ${uploaders} runners uploading in turn a 16 MB GPX, an archive of ${sampleFiles.length} sample files and a 300 × 1 MiB zip bomb; ${ready.threads} decoding thread(s); load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log(row("/api/health, no import", idle, idleLoop));
    console.log(row("/api/health, imports running", busy, busyLoop));
    console.log(
      `uploads answered while measuring: ${uploadsDuring} (statuses: ${[...counts.statuses].map(([s, n]) => `${s}×${n}`).join(", ")})`,
    );
    console.log(
      `p99 with imports / without: ${(busy.p99 / Math.max(1, idle.p99)).toFixed(1)}×; p99 while importing ${busy.p99} ms (goal < 50 ms)`,
    );
  } finally {
    child.kill("SIGTERM");
  }
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import {
  type DataTarget,
  freePort,
  type ServeProcess,
  spawnCli,
  startServe,
} from "../../../bench/faults/serve-process.ts";
import type { CliIo } from "../src/cli/cli-io.ts";
import { acquireServerLock } from "../src/cli/commands/server-lock.ts";
import { main } from "../src/cli/main.ts";

/** One server per SQLite data directory, even when several start at the same instant (issue 9, defect 10). */

const contenders = 4;
const repetitions = 4;

function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([""]),
    readFile: async () => new Uint8Array(),
    today: () => "2026-03-10",
  };
  return { io, out, err };
}

describe("single server per SQLite data directory", () => {
  const saved = { ...process.env };
  const dirs: string[] = [];
  afterEach(() => {
    process.env = { ...saved };
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), "backstride-lock-"));
    dirs.push(dir);
    return dir;
  }

  it(`lets exactly one of ${contenders} serve processes started together serve, ${repetitions} times over`, async () => {
    let reused: DataTarget | null = null;
    for (let repetition = 0; repetition < repetitions; repetition += 1) {
      // Odd repetitions race on a fresh directory (first start, migrations), even ones on a used one.
      const target: DataTarget = reused ?? { kind: "sqlite", dataDir: join(tempDir(), "data") };
      const ports = await Promise.all(Array.from({ length: contenders }, () => freePort()));
      const started = await Promise.allSettled(ports.map((port) => startServe(target, port)));
      const serving = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
      const refused = started.flatMap((result) => (result.status === "rejected" ? [String(result.reason)] : []));
      try {
        expect(serving).toHaveLength(1);
        expect(refused).toHaveLength(contenders - 1);
        for (const message of refused) {
          expect(message).toMatch(/serve exited \(1\)/);
          // The holder writes its pid just after taking the lock; a loser that came in between says "unknown".
          const named = /Another Backstride process \(pid (\d+|unknown)/.exec(message)?.[1];
          expect([String(serving[0]?.child.pid), "unknown"]).toContain(named);
          expect(message).toContain("Not starting a second server");
        }
        const health = await fetch(`${serving[0]?.url}/api/health`);
        expect(health.status).toBe(200);
      } finally {
        await Promise.all(serving.map((server) => server.stop()));
      }
      reused = reused === null ? target : null;
    }
  }, 300_000);

  it("refuses restore while a server runs, and a server killed with -9 leaves no stale lock", async () => {
    const target: DataTarget = { kind: "sqlite", dataDir: join(tempDir(), "data") };
    let server: ServeProcess = await startServe(target, await freePort());
    try {
      process.env.BACKSTRIDE_DATA_DIR = target.dataDir;
      delete process.env.DATABASE_URL;
      const restore = testIo();
      expect(await main(["restore", join(target.dataDir, "backstride.db")], restore.io)).toBe(1);
      expect(restore.err.join("")).toContain(`(pid ${server.child.pid}, backstride serve)`);
      expect(restore.err.join("")).toContain("Stop the server first");
      // In this process too the lock is refused while the child holds it.
      const attempt = acquireServerLock(target.dataDir, "test");
      expect(attempt.ok).toBe(false);

      await server.crash();
      server = await startServe(target, await freePort());
      const second = await spawnCli(["serve"], target, await freePort()).done;
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`pid ${server.child.pid}`);
    } finally {
      await server.stop();
    }
    // After a clean stop the directory is free again, for this process as for any other.
    const taken = acquireServerLock(target.dataDir, "test");
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.lock.release();
  }, 120_000);
});

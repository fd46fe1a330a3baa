import { type ChildProcess, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import SqliteDatabase from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { seedWriters, startWriting } from "../../../bench/faults/fault-harness.ts";
import {
  type DataTarget,
  freePort,
  repositoryRoot,
  spawnCli,
  startServe,
} from "../../../bench/faults/serve-process.ts";
import type { CliIo } from "../src/cli/cli-io.ts";
import { main } from "../src/cli/main.ts";

/**
 * Backup and restore against a real `serve` process: a backup under steady writes (issue 9, defect 2)
 * and a restore after kill -9 that keeps every acknowledged event (defect 3).
 */

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

/** How many of `ids` are stored in the events table of a SQLite file (its WAL, if any, included). */
function countStored(file: string, ids: Iterable<string>): number {
  const db = new SqliteDatabase(file, { fileMustExist: true });
  try {
    const find = db.prepare("select 1 from events where id = ?");
    let found = 0;
    for (const id of ids) if (find.get(id)) found += 1;
    return found;
  } finally {
    db.close();
  }
}

function integrityOf(file: string): unknown {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma("integrity_check", { simple: true });
  } finally {
    db.close();
  }
}

/**
 * Makes the database big (tens of MB) with events of a user nobody reads, so a copy takes many
 * steps: the page-by-page backup restarted at every write of another process and never finished.
 */
function fillDatabase(dataDir: string, userId: string, count: number): void {
  const db = new SqliteDatabase(join(dataDir, "backstride.db"));
  try {
    const notes = "x".repeat(1500);
    const insert = db.prepare(
      "insert into events (user_id, id, type, local_date, occurred_at, body, body_hash, received_at) values (?, ?, 'pain.checkin', '2026-01-01', '2026-01-01T08:00:00.000Z', ?, 'filler', '2026-01-01T08:00:00.000Z')",
    );
    db.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        const id = `filler-${index}`;
        const body = JSON.stringify({
          id,
          version: 1,
          type: "pain.checkin",
          occurredAt: "2026-01-01T08:00:00.000Z",
          localDate: "2026-01-01",
          pain0to10: 1,
          notes,
        });
        insert.run(userId, id, body);
      }
    })();
  } finally {
    db.close();
  }
}

/**
 * Another process committing to the database back to back. The page-by-page backup API starts over
 * whenever another connection writes, so against this it never finished.
 */
async function startSteadyWriter(databaseFile: string): Promise<ChildProcess> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(databaseFile)}, { timeout: 5000 });
    db.pragma("synchronous = OFF");
    db.exec("create table if not exists steady_writes (id integer primary key, at text not null)");
    const insert = db.prepare("insert into steady_writes (at) values (?)");
    insert.run(new Date().toISOString());
    process.stdout.write("writing\\n");
    // A busy answer only skips one write.
    const next = () => { try { insert.run(new Date().toISOString()); } catch {} setImmediate(next); };
    next();
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd: repositoryRoot, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`steady writer exited (${code})`)));
  });
  return child;
}

describe("backup and restore under writes and after a crash (SQLite)", () => {
  const saved = { ...process.env };
  const dirs: string[] = [];
  afterEach(() => {
    process.env = { ...saved };
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), "backstride-backup-"));
    dirs.push(dir);
    return dir;
  }

  it("finishes a backup while another process keeps writing, holding everything acknowledged before it (defect 2)", async () => {
    const root = tempDir();
    const target: DataTarget = { kind: "sqlite", dataDir: join(root, "data") };
    const [filler, ...writers] = await seedWriters(target, 4);
    if (!filler) throw new Error("no filler user");
    fillDatabase(target.dataDir, filler.userId, 30_000);
    const server = await startServe(target, await freePort());
    let steady: ChildProcess | null = null;
    try {
      // Writes the server acknowledges before the backup starts: the backup must hold every one.
      const load = startWriting(server.url, writers);
      await load.waitForAcknowledged(30);
      await load.stop();
      const before = [...load.acknowledged.keys()];
      // Then another process commits back to back for the whole backup. (HTTP writers alone leave
      // gaps, in which the old stepped backup could finish a small database by luck.)
      steady = await startSteadyWriter(join(target.dataDir, "backstride.db"));
      const backupFile = join(root, "backup.db");
      // The backup runs as its own process, as an operator's cron job would.
      const backup = await spawnCli(["backup", backupFile], target).done;
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toContain("Backed up");
      expect(steady.exitCode).toBe(null);
      expect(integrityOf(backupFile)).toBe("ok");
      expect(countStored(backupFile, before)).toBe(before.length);
      const db = new SqliteDatabase(backupFile, { readonly: true });
      try {
        const writerIds = writers.map((writer) => writer.userId);
        const rows = db
          .prepare(`select count(*) as n from events where user_id in (${writerIds.map(() => "?").join(",")})`)
          .get(...writerIds) as { n: number };
        expect(rows.n).toBeGreaterThanOrEqual(before.length);
        const fillerRows = db.prepare("select count(*) as n from events where user_id = ?").get(filler.userId) as {
          n: number;
        };
        expect(fillerRows.n).toBe(30_000);
        const steadyRows = db.prepare("select count(*) as n from steady_writes").get() as { n: number };
        expect(steadyRows.n).toBeGreaterThan(0);
      } finally {
        db.close();
      }
      expect(readdirSync(root).filter((name) => name.includes(".partial-"))).toEqual([]);
      // The server still takes writes afterwards.
      steady.kill("SIGKILL");
      const after = startWriting(server.url, writers);
      await after.waitForAcknowledged(writers.length);
      await after.stop();
      expect(after.acknowledged.size).toBeGreaterThanOrEqual(writers.length);
    } finally {
      steady?.kill("SIGKILL");
      await server.stop();
    }
  }, 240_000);

  it("loses no acknowledged event when restoring over, or from, a database killed mid-write (defect 3)", async () => {
    const root = tempDir();
    const target: DataTarget = { kind: "sqlite", dataDir: join(root, "data") };
    const writers = await seedWriters(target, 3);
    const server = await startServe(target, await freePort());
    const load = startWriting(server.url, writers);
    await load.waitForAcknowledged(150);
    // kill -9 while the writers are mid-request; what was answered before is what must survive.
    await server.crash();
    await load.abandon();
    const acknowledged = [...load.acknowledged.keys()];
    const current = join(target.dataDir, "backstride.db");
    // The crash left committed events in the WAL only: the case a careless copy loses.
    expect(statSync(`${current}-wal`).size).toBeGreaterThan(0);

    // An operator's copy of the crashed data folder, WAL included, to restore from later.
    const copyDir = join(root, "copy");
    mkdirSync(copyDir);
    copyFileSync(current, join(copyDir, "backstride.db"));
    copyFileSync(`${current}-wal`, join(copyDir, "backstride.db-wal"));

    process.env.BACKSTRIDE_DATA_DIR = target.dataDir;
    delete process.env.DATABASE_URL;

    // 1. Restore over the crashed database: the kept copy holds every acknowledged event.
    const overCrash = testIo();
    expect(await main(["restore", join(copyDir, "backstride.db")], overCrash.io)).toBe(0);
    const keptName = readdirSync(target.dataDir).find((name) => /^backstride\.db\.before-restore-[^.]+$/.test(name));
    if (!keptName) throw new Error(`no kept copy in ${readdirSync(target.dataDir).join(", ")}`);
    const kept = join(target.dataDir, keptName);
    expect(integrityOf(kept)).toBe("ok");
    expect(countStored(kept, acknowledged)).toBe(acknowledged.length);
    // 2. The restored database (from the copy with its WAL) holds them too.
    expect(countStored(current, acknowledged)).toBe(acknowledged.length);

    // 3. A backup of it, restored again, still holds them.
    const backupFile = join(root, "backup.db");
    expect(await main(["backup", backupFile], testIo().io)).toBe(0);
    expect(countStored(backupFile, acknowledged)).toBe(acknowledged.length);
    const again = testIo();
    expect(await main(["restore", backupFile], again.io)).toBe(0);
    expect(again.out.join("")).toContain("Kept the current database");
    expect(countStored(current, acknowledged)).toBe(acknowledged.length);
    expect(existsSync(`${current}.restoring-${process.pid}`)).toBe(false);

    // 4. The restored database serves: a new server starts on it and sees the events.
    const restarted = await startServe(target, await freePort());
    try {
      const writer = writers[0];
      if (!writer) throw new Error("no writer");
      const page = await fetch(`${restarted.url}/api/events?limit=1000`, { headers: { cookie: writer.cookie } });
      expect(page.status).toBe(200);
      const body = (await page.json()) as { events: { id: string }[] };
      const mine = acknowledged.filter((id) => load.acknowledged.get(id)?.startsWith("faults writer 0 "));
      const served = new Set(body.events.map((event) => event.id));
      expect(mine.filter((id) => served.has(id))).toEqual(mine);
    } finally {
      await restarted.stop();
    }
  }, 240_000);

  it("refuses to restore a file that is not a healthy Backstride database, changing nothing", async () => {
    const root = tempDir();
    process.env.BACKSTRIDE_DATA_DIR = join(root, "data");
    delete process.env.DATABASE_URL;
    const notSqlite = join(root, "notes.db");
    const other = new SqliteDatabase(join(root, "other.db"));
    other.exec("create table t (x)");
    other.close();
    writeFileSync(notSqlite, "not a database");
    const garbage = testIo();
    expect(await main(["restore", notSqlite], garbage.io)).toBe(1);
    expect(garbage.err.join("")).toContain("Not restoring");
    const foreign = testIo();
    expect(await main(["restore", join(root, "other.db")], foreign.io)).toBe(1);
    expect(foreign.err.join("")).toContain("not a Backstride database");
    expect(existsSync(join(root, "data", "backstride.db"))).toBe(false);
    const missing = testIo();
    expect(await main(["backup", join(root, "b.db")], missing.io)).toBe(1);
    expect(missing.err.join("")).toContain("no database");
  });
});

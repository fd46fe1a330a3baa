import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { loadConfig } from "../../config/config.ts";
import { sqliteFilePath } from "../../database/create-database.ts";
import type { Command } from "../cli-io.ts";
import { fsyncPath } from "./fsync-path.ts";
import { acquireServerLock } from "./server-lock.ts";

/** Checks the file is a healthy SQLite database made by Backstride before it replaces anything. */
function checkBackup(source: SqliteDatabase.Database): string | null {
  let integrity: unknown;
  try {
    integrity = source.pragma("integrity_check", { simple: true });
  } catch (error) {
    return `cannot be read as SQLite (${(error as Error).message})`;
  }
  if (integrity !== "ok") return `integrity check failed: ${String(integrity)}`;
  const table = source
    .prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'")
    .get();
  if (!table) return "not a Backstride database (no migrations table)";
  return null;
}

/**
 * Opens the backup read-only. A copy of a data folder may come with its `-wal`: SQLite reads it, so
 * what was committed there is part of what gets restored (copying only the main file would drop it).
 */
function openBackup(file: string): SqliteDatabase.Database | string {
  try {
    return new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `cannot be read as SQLite (${(error as Error).message})`;
  }
}

/**
 * Moves the database being replaced aside, losing nothing: its WAL is checkpointed into it first
 * (reading it is what makes SQLite recover a WAL left by a crash), and a WAL that could not be
 * folded in is kept beside the moved file, under the matching name, for SQLite to replay on open.
 */
function keepCurrent(current: string, kept: string): void {
  const db = new SqliteDatabase(current, { timeout: 5000 });
  try {
    // Any read opens the WAL and replays it; TRUNCATE then copies every frame into the main file.
    db.prepare("select count(*) from sqlite_master").get();
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  renameSync(current, kept);
  const wal = `${current}-wal`;
  if (existsSync(wal)) {
    if (statSync(wal).size > 0) renameSync(wal, `${kept}-wal`);
    else rmSync(wal, { force: true });
  }
  // The shared-memory index is rebuilt from the WAL on open; an old one must not meet the new file.
  rmSync(`${current}-shm`, { force: true });
}

/**
 * Replaces the SQLite database with a backup. Holds the data directory's lock throughout, so it
 * refuses while `serve` runs there and no server can start halfway; the current database is kept
 * beside it with everything it had acknowledged.
 */
export const run: Command = async (args, io) => {
  const sourceArg = args[0];
  if (!sourceArg || args.length > 1) {
    io.stderr("usage: backstride restore FILE\n");
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    io.stderr("This server uses PostgreSQL: restore with pg_restore while the servers are stopped.\n");
    return 2;
  }
  const file = resolve(sourceArg);
  if (!existsSync(file)) {
    io.stderr(`Not restoring ${file}: no such file.\n`);
    return 1;
  }
  const taken = acquireServerLock(config.dataDir, "restore");
  if (!taken.ok) {
    io.stderr(`${taken.message} Stop the server first, then restore.\n`);
    return 1;
  }
  const current = sqliteFilePath(config);
  const staged = `${current}.restoring-${process.pid}`;
  try {
    const source = openBackup(file);
    if (typeof source === "string") {
      io.stderr(`Not restoring ${file}: ${source}.\n`);
      return 1;
    }
    try {
      const problem = checkBackup(source);
      if (problem) {
        io.stderr(`Not restoring ${file}: ${problem}.\n`);
        return 1;
      }
      rmSync(staged, { force: true });
      // One consistent snapshot of the backup, its WAL included, written next to its destination.
      source.prepare("VACUUM INTO ?").run(staged);
    } finally {
      source.close();
    }
    fsyncPath(staged);
    if (existsSync(current)) {
      const kept = `${current}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      keepCurrent(current, kept);
      io.stdout(`Kept the current database as ${kept}\n`);
    }
    rmSync(`${current}-wal`, { force: true });
    rmSync(`${current}-shm`, { force: true });
    renameSync(staged, current);
    fsyncPath(dirname(current));
    io.stdout(`Restored ${file} to ${current}. Start the server with: npx backstride serve\n`);
    return 0;
  } finally {
    rmSync(staged, { force: true });
    taken.lock.release();
  }
};

import { copyFileSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { loadConfig } from "../../config/config.ts";
import { sqliteFilePath } from "../../database/create-database.ts";
import type { Command } from "../cli-io.ts";
import { runningServerPid } from "./server-lock.ts";

/** Checks the file is a healthy SQLite database made by Backstride before it replaces anything. */
function checkBackup(file: string): string | null {
  let db: SqliteDatabase.Database | null = null;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return `integrity check failed: ${String(integrity)}`;
    const table = db.prepare("select name from sqlite_master where type = 'table' and name = 'kysely_migration'").get();
    if (!table) return "not a Backstride database (no migrations table)";
    return null;
  } catch (error) {
    return `cannot be read as SQLite (${(error as Error).message})`;
  } finally {
    db?.close();
  }
}

/**
 * Replaces the SQLite database with a backup. Refuses while `serve` runs on the same data directory
 * (swapping the file under a live server would lose writes); the current file is kept beside it.
 */
export const run: Command = async (args, io) => {
  const source = args[0];
  if (!source || args.length > 1) {
    io.stderr("usage: backstride restore FILE\n");
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    io.stderr("This server uses PostgreSQL: restore with pg_restore while the servers are stopped.\n");
    return 2;
  }
  const pid = runningServerPid(config.dataDir);
  if (pid !== null) {
    io.stderr(`A Backstride server (pid ${pid}) is using ${config.dataDir}: stop it first, then restore.\n`);
    return 1;
  }
  const file = resolve(source);
  const problem = existsSync(file) ? checkBackup(file) : "no such file";
  if (problem) {
    io.stderr(`Not restoring ${file}: ${problem}.\n`);
    return 1;
  }
  const current = sqliteFilePath(config);
  if (existsSync(current)) {
    const kept = `${current}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    // A checkpointed copy: open and close folds the WAL into the main file before it is moved aside.
    new SqliteDatabase(current).close();
    copyFileSync(current, kept);
    io.stdout(`Kept the current database as ${kept}\n`);
  }
  rmSync(`${current}-wal`, { force: true });
  rmSync(`${current}-shm`, { force: true });
  copyFileSync(file, current);
  io.stdout(`Restored ${file} to ${current}. Start the server with: npx backstride serve\n`);
  return 0;
};

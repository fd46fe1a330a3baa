import { existsSync, linkSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { loadConfig } from "../../config/config.ts";
import { sqliteFilePath } from "../../database/create-database.ts";
import type { Command } from "../cli-io.ts";
import { fsyncPath } from "./fsync-path.ts";

/**
 * `VACUUM INTO` writes one consistent snapshot in a single read transaction: in WAL mode the server
 * keeps writing meanwhile, and the copy holds every commit acknowledged before it started. Unlike the
 * page-by-page backup API it never restarts when another process writes, so it finishes under any
 * write rate (docs/decisions/backup-restore.md). PostgreSQL has its own tools for this.
 */
export const run: Command = async (args, io) => {
  const target = args[0];
  if (!target || args.length > 1) {
    io.stderr("usage: backstride backup FILE\n");
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    io.stderr(
      "This server uses PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc -f backstride.dump $DATABASE_URL).\n",
    );
    return 2;
  }
  const file = resolve(target);
  if (existsSync(file)) {
    io.stderr(`${file} already exists; choose a new file name.\n`);
    return 1;
  }
  const location = sqliteFilePath(config);
  if (!existsSync(location)) {
    io.stderr(`There is no database at ${location} to back up.\n`);
    return 1;
  }
  // Written under a temporary name and linked into place: FILE appears only complete and on disk.
  const partial = `${file}.partial-${process.pid}`;
  const source = new SqliteDatabase(location, { fileMustExist: true, timeout: 5000 });
  try {
    source.prepare("VACUUM INTO ?").run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  try {
    // SQLite does not sync what VACUUM INTO writes; a backup must survive a power cut right after.
    fsyncPath(partial);
    linkSync(partial, file);
    fsyncPath(dirname(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      io.stderr(`${file} already exists; choose a new file name.\n`);
      return 1;
    }
    throw error;
  } finally {
    rmSync(partial, { force: true });
  }
  io.stdout(`Backed up ${location} to ${file}\n`);
  return 0;
};

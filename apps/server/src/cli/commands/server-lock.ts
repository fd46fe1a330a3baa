import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";

/**
 * One process at a time may own a SQLite data directory (`serve`, `restore`). The lock is an OS file
 * lock: an exclusive SQLite transaction on a dedicated, empty database, held for the life of the
 * process. SQLite takes it with fcntl() byte-range locks, which the kernel grants to exactly one
 * process however many ask at the same instant, and drops when the process ends, `kill -9` included,
 * so there is no stale lock to guess about. See docs/decisions/server-lock.md.
 */
export function serverLockPath(dataDir: string): string {
  return join(dataDir, "server.lock");
}

/** Who holds the lock, for the message: written after the lock is taken, never trusted as the lock. */
function holderInfoPath(dataDir: string): string {
  return join(dataDir, "server.pid");
}

export interface ServerLock {
  /** Ends the transaction and closes the lock database; idempotent. */
  release: () => void;
}

export type LockResult = { ok: true; lock: ServerLock } | { ok: false; message: string };

/** Holders of this process: keeps the handles reachable (a collected handle would close and unlock). */
const held = new Set<SqliteDatabase.Database>();

function describeHolder(dataDir: string): string {
  try {
    const [pid, command] = readFileSync(holderInfoPath(dataDir), "utf8").trim().split(" ");
    if (pid && /^\d+$/.test(pid)) return `pid ${pid}${command ? `, backstride ${command}` : ""}`;
  } catch {
    // The holder may not have written its pid yet (it takes the lock first); the lock is what counts.
  }
  return "pid unknown";
}

/**
 * Takes the data directory's lock without waiting. `command` names the holder in the message another
 * process gets ("serve", "restore").
 */
export function acquireServerLock(dataDir: string, command: string): LockResult {
  mkdirSync(dataDir, { recursive: true });
  // Two starters can both hold SHARED for an instant on the way to EXCLUSIVE; SQLite sends the one
  // that would deadlock away at once, and this short wait lets the other finish climbing. A held lock
  // is reported after it.
  const lockDb = new SqliteDatabase(serverLockPath(dataDir), { timeout: 1000 });
  try {
    // Rollback-journal mode (the default): there BEGIN EXCLUSIVE takes the EXCLUSIVE file lock at once.
    lockDb.pragma("locking_mode = EXCLUSIVE");
    lockDb.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lockDb.close();
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
      return {
        ok: false,
        message: `Another Backstride process (${describeHolder(dataDir)}) is using ${dataDir}; only one may at a time.`,
      };
    }
    throw error;
  }
  held.add(lockDb);
  const info = holderInfoPath(dataDir);
  const staged = `${info}.${process.pid}`;
  writeFileSync(staged, `${process.pid} ${command}\n`);
  renameSync(staged, info);
  let released = false;
  return {
    ok: true,
    lock: {
      release: () => {
        if (released) return;
        released = true;
        // The pid file goes first, while the lock still guarantees no new holder has written its own.
        rmSync(info, { force: true });
        lockDb.close();
        held.delete(lockDb);
      },
    },
  };
}

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** `serve` on SQLite writes its pid here so `restore` can refuse to swap the file under it. */
export function serverLockPath(dataDir: string): string {
  return join(dataDir, "server.pid");
}

export function writeServerLock(dataDir: string): void {
  writeFileSync(serverLockPath(dataDir), String(process.pid));
}

export function removeServerLock(dataDir: string): void {
  rmSync(serverLockPath(dataDir), { force: true });
}

/** The pid of a live server using this data directory, or null (a stale file from a crash is ignored). */
export function runningServerPid(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(serverLockPath(dataDir), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadConfig, type ServerConfig } from "../../src/config/config.ts";
import { createDatabase, type Database } from "../../src/database/create-database.ts";
import type { DatabaseKind } from "../../src/database/database-types.ts";
import { migrateToLatest, migrateUpTo } from "../../src/database/migrate.ts";
import { type App, buildApp } from "../../src/http/build-app.ts";
import type { RateLimits } from "../../src/services/rate-limiter.ts";

export const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * Whether the PostgreSQL half of the suite runs. Without PostgreSQL on a laptop it is skipped with a
 * message; in CI (CI=true) a missing PostgreSQL is an error, never a silent skip.
 */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === "true") {
      throw new Error(`PostgreSQL is required in CI but unreachable at ${postgresUrl}: ${reason}`);
    }
    console.warn(`\n  PostgreSQL tests SKIPPED: cannot reach ${postgresUrl} (${reason}). Set TEST_DATABASE_URL.\n`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUp = await postgresAvailable();
/** The kinds to loop the suite over; PostgreSQL is dropped only when unreachable outside CI. */
export const databaseKinds: DatabaseKind[] = pgUp ? ["sqlite", "postgres"] : ["sqlite"];

/** A settable clock, so tests control "today" and expiry without sleeping. */
export class TestClock {
  current: Date;
  constructor(iso = "2026-03-10T09:00:00.000Z") {
    this.current = new Date(iso);
  }
  now(): Date {
    return new Date(this.current.getTime());
  }
  advanceSeconds(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export interface TestDatabase {
  kind: DatabaseKind;
  config: ServerConfig;
  database: Database;
  /** Opens another connection to the same data (a second server instance, or a restart). */
  reopen: () => Promise<Database>;
  dispose: () => Promise<void>;
}

/**
 * A fresh, migrated database: a temporary SQLite directory, or a fresh PostgreSQL schema. `upTo` stops
 * at an older migration, to store data the way an earlier version did.
 */
export async function createTestDatabase(kind: DatabaseKind, options: { upTo?: string } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "backstride-test-"));
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const config: ServerConfig = {
    ...loadConfig({}),
    dataDir,
    databaseUrl: kind === "postgres" ? postgresUrl : null,
    postgresSchema: kind === "postgres" ? schema : null,
    webDistDir: join(dataDir, "no-web"),
  };
  const database = await createDatabase(config);
  if (options.upTo) await migrateUpTo(database.db, database.kind, options.upTo);
  else await migrateToLatest(database.db, database.kind);
  const opened: Database[] = [database];
  return {
    kind,
    config,
    database,
    reopen: async () => {
      const next = await createDatabase(config);
      opened.push(next);
      return next;
    },
    dispose: async () => {
      for (const item of opened) await item.close().catch(() => {});
      if (kind === "postgres") {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestServer extends App {
  clock: TestClock;
  testDatabase: TestDatabase;
  /** What the server printed about mail (every mail, when SMTP_URL is not set). */
  mailLog: string[];
}

export async function createTestServer(
  kind: DatabaseKind,
  options: { rateLimits?: Partial<RateLimits>; startJobs?: boolean; config?: Partial<ServerConfig> } = {},
): Promise<TestServer> {
  const testDatabase = await createTestDatabase(kind);
  const clock = new TestClock();
  const mailLog: string[] = [];
  const app = await buildApp({
    config: { ...testDatabase.config, ...options.config },
    mailLog: (line) => mailLog.push(line),
    database: testDatabase.database,
    clock,
    startJobs: options.startJobs ?? true,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return {
    ...app,
    clock,
    testDatabase,
    mailLog,
    close: async () => {
      await app.close();
      await testDatabase.dispose();
    },
  };
}

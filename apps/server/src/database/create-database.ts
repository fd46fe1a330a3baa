import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { ServerConfig } from "../config/config.ts";
import { preparedStatementName } from "../repositories/compiled-query-cache.ts";
import type { DatabaseKind, DatabaseSchema, Db } from "./database-types.ts";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Human-readable location for the operator ("/srv/data/backstride.db" or "postgres://host/db"). */
  location: string;
  /** SQLite only: the raw handle, for online backups. */
  sqlite: SqliteDatabase.Database | null;
  close: () => Promise<void>;
}

// PostgreSQL returns int8 (bigserial, count) as strings; our counters stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export type DatabaseConfig = Pick<ServerConfig, "dataDir" | "databaseUrl" | "postgresSchema"> &
  Partial<Pick<ServerConfig, "postgresPreparedStatements">>;

export function sqliteFilePath(config: Pick<ServerConfig, "dataDir">): string {
  return join(config.dataDir, "backstride.db");
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "postgres";
  }
}

/**
 * Kysely prepares every query anew; preparing is the largest cost of a small SQLite query. Queries are
 * built from a fixed set of shapes (values are bound, never inlined), so caching statements by their
 * SQL text stays small; the cap only guards against an unexpected variety (e.g. long IN lists).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, maxStatements = 500) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (statements.size >= maxStatements) statements.clear();
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * The pool as Kysely sees it, running the fixed query shapes (compiledOnce) as named prepared
 * statements: PostgreSQL then parses and plans a roster page or a session lookup once per connection,
 * not once per request. Every other statement goes as before. One wrapper per pooled client, so
 * Kysely keeps its per-client connection state.
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = (textOrCursor: unknown, values?: readonly unknown[]) => {
      const name = typeof textOrCursor === "string" ? preparedStatementName(textOrCursor) : undefined;
      if (name !== undefined) return client.query({ name, text: textOrCursor as string, values: [...(values ?? [])] });
      // biome-ignore lint/suspicious/noExplicitAny: passes Kysely's own arguments through unchanged
      return (client.query as (...args: any[]) => unknown)(textOrCursor, values);
    };
    return { query: query as PostgresPoolClient["query"], release: (destroy?: boolean) => client.release(destroy) };
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/**
 * The single switch between SQLite (default) and PostgreSQL (DATABASE_URL). Both are set up for
 * durability: SQLite in WAL with synchronous=FULL and foreign keys on; PostgreSQL must have fsync on.
 */
export async function createDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const options: pg.PoolConfig = { connectionString: config.databaseUrl, max: 10 };
    if (config.postgresSchema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(config.postgresSchema)) throw new Error("invalid PostgreSQL schema name");
      options.options = `-c search_path=${config.postgresSchema}`;
    }
    const pool = new pg.Pool(options);
    // An idle client's error (e.g. the server restarting) must not crash the process; the pool replaces it.
    pool.on("error", () => {});
    const db = new Kysely<DatabaseSchema>({
      dialect: new PostgresDialect({ pool: config.postgresPreparedStatements === false ? pool : preparingPool(pool) }),
    });
    try {
      const fsync = await sql<{ fsync: string }>`SHOW fsync`.execute(db);
      if (fsync.rows[0]?.fsync !== "on") {
        throw new Error("PostgreSQL runs with fsync=off: refusing to store health data where a crash can lose it");
      }
      if (config.postgresSchema) {
        await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(config.postgresSchema)}`.execute(db);
      }
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, kind: "postgres", location: redactUrl(config.databaseUrl), sqlite: null, close: () => db.destroy() };
  }

  mkdirSync(config.dataDir, { recursive: true });
  const file = sqliteFilePath(config);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // While a backup's read snapshot is open, checkpoints cannot reset the WAL and it grows; this trims
  // the file back once they can, instead of leaving it at its largest size for good.
  sqlite.pragma("journal_size_limit = 67108864");
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, kind: "sqlite", location: file, sqlite, close: () => db.destroy() };
}

import { PostgresAdapter } from "kysely";
import type { Db } from "../database/database-types.ts";

/**
 * Bound parameters one SQLite statement may carry. Builds since 3.32 allow 32,766, but older builds
 * (and systems that link their own SQLite) stop at 999; SQLite runs in-process, so many small
 * statements cost little and 999 holds on every build.
 */
export const sqliteMaxParameters = 999;

/** PostgreSQL's wire protocol counts a statement's parameters in 16 bits. */
export const postgresMaxParameters = 65_535;

export function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export function maxParametersOf(db: Db): number {
  return isPostgres(db) ? postgresMaxParameters : sqliteMaxParameters;
}

/**
 * How many rows one statement may carry when each row binds `parametersPerRow` values and the
 * statement binds `sharedParameters` more (a user id in the WHERE clause).
 */
export function rowsPerStatement(db: Db, parametersPerRow: number, sharedParameters = 0): number {
  return Math.max(1, Math.floor((maxParametersOf(db) - sharedParameters) / parametersPerRow));
}

/** Consecutive slices of at most `size` items. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

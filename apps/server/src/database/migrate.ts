import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator, sql } from "kysely";
import type { DatabaseKind, Db } from "./database-types.ts";
import { initialSchema } from "./migrations/001-initial-schema.ts";
import { eventLogVersion } from "./migrations/002-event-log-version.ts";
import { shoeStartedOn } from "./migrations/003-shoe-started-on.ts";
import { emailTokens } from "./migrations/004-email-tokens.ts";
import { rosterSummary } from "./migrations/005-roster-summary.ts";
import { alertsFeedsCarers } from "./migrations/006-alerts-feeds-carers.ts";
import { rosterColumns } from "./migrations/007-roster-columns.ts";
import { rosterEntries } from "./migrations/008-roster-entries.ts";
import { rosterViewLists } from "./migrations/009-roster-view-lists.ts";
import { rosterEntryGroups } from "./migrations/010-roster-entry-groups.ts";
import { rosterEntryTimeZones } from "./migrations/011-roster-entry-time-zones.ts";
import { rosterSizes } from "./migrations/012-roster-sizes.ts";
import { rosterEntryChanges } from "./migrations/013-roster-entry-changes.ts";

/** In-code migrations: one ordered list for both databases, so nothing depends on a files folder at runtime. */
function migrations(kind: DatabaseKind): Record<string, Migration> {
  return {
    "001-initial-schema": initialSchema(kind),
    "002-event-log-version": eventLogVersion,
    "003-shoe-started-on": shoeStartedOn,
    "004-email-tokens": emailTokens,
    "005-roster-summary": rosterSummary,
    "006-alerts-feeds-carers": alertsFeedsCarers,
    "007-roster-columns": rosterColumns,
    "008-roster-entries": rosterEntries,
    "009-roster-view-lists": rosterViewLists(kind),
    "010-roster-entry-groups": rosterEntryGroups(kind),
    "011-roster-entry-time-zones": rosterEntryTimeZones,
    "012-roster-sizes": rosterSizes(kind),
    "013-roster-entry-changes": rosterEntryChanges(kind),
  };
}

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly kind: DatabaseKind) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.kind);
  }
}

/** Applies every pending migration; returns the names applied now. Throws with the failing name. */
export async function migrateToLatest(db: Db, kind: DatabaseKind): Promise<string[]> {
  return migrate(db, kind, (migrator) => migrator.migrateToLatest());
}

/**
 * Applies the pending migrations up to and including `name`: an older schema, for tests that check a
 * migration against the data an earlier version stored.
 */
export async function migrateUpTo(db: Db, kind: DatabaseKind, name: string): Promise<string[]> {
  return migrate(db, kind, (migrator) => migrator.migrateTo(name));
}

async function migrate(
  db: Db,
  kind: DatabaseKind,
  run: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<string[]> {
  // Kysely looks for its lock table in every schema unless told which: with several schemas in one
  // database (a test run's, another instance's) it would find a foreign one and never create its own.
  const schema =
    kind === "postgres"
      ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new InCodeMigrationProvider(kind),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await run(migrator);
  const failed = results?.find((result) => result.status === "Error");
  if (error || failed) {
    const name = failed?.migrationName ?? "unknown";
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${name} failed: ${reason}`);
  }
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}

import type { Kysely, Migration } from "kysely";

/**
 * Coach alerts (issue 11): each carer's role on a runner's consent ("adjust" keeps what every consent
 * allowed before; "view" reads and messages only), alert settings per coach, the alerts inbox (one row
 * per carer and occurrence: the unique key makes a retried upload or two instances sweeping at once
 * store one), the plan slice alerts compare against, once-a-day claims for the sweeps (digest,
 * reminders, time-based alerts), runners' reminder times, and calendar feed secrets (sha256 only).
 */
export const alertsFeedsCarers: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("coach_access")
      .addColumn("role", "text", (c) => c.notNull().defaultTo("adjust"))
      .execute();

    await db.schema
      .createTable("alert_settings")
      .addColumn("coach_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("alerts")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("rule", "text", (c) => c.notNull())
      .addColumn("dedupe_key", "text", (c) => c.notNull())
      .addColumn("level", "text", (c) => c.notNull())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("detail", "text", (c) => c.notNull())
      .addColumn("local_date", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("read_at", "text")
      .addColumn("digested_at", "text")
      .execute();
    await db.schema
      .createIndex("alerts_occurrence")
      .on("alerts")
      .columns(["coach_id", "runner_id", "dedupe_key"])
      .unique()
      .execute();
    await db.schema.createIndex("alerts_inbox").on("alerts").columns(["coach_id", "created_at"]).execute();

    await db.schema
      .createTable("alert_snapshots")
      .addColumn("runner_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("log_version", "integer", (c) => c.notNull())
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("daily_claims")
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("subject_id", "text", (c) => c.notNull())
      .addColumn("local_date", "text", (c) => c.notNull())
      .addColumn("claimed_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("daily_claims_pk", ["kind", "subject_id", "local_date"])
      .execute();

    await db.schema
      .createTable("reminders")
      .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("session_time", "text")
      .addColumn("morning_time", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("calendar_feeds")
      .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
  },
};

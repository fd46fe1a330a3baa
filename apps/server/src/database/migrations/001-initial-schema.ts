import type { Kysely, Migration } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/** The first schema. Column types differ only where the two databases must (autoincrement, bytes). */
export function initialSchema(kind: DatabaseKind): Migration {
  const bytes = kind === "postgres" ? "bytea" : "blob";
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  type AnyDb = Kysely<any>;
  const addSeq = (db: AnyDb, table: string) =>
    kind === "postgres"
      ? db.schema.createTable(table).addColumn("seq", "bigserial", (c) => c.primaryKey())
      : db.schema.createTable(table).addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement());

  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("roles", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("id_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("csrf_token", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_started_at", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("idempotency_keys")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("route_id", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("body_hash", "text", (c) => c.notNull())
        .addColumn("status_code", "integer", (c) => c.notNull())
        .addColumn("response_body", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pk", ["user_id", "route_id", "key"])
        .execute();

      await db.schema
        .createTable("profiles")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("distance_unit", "text", (c) => c.notNull())
        .addColumn("weight_unit", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("goal", "text", (c) => c.notNull())
        .addColumn("theme", "text", (c) => c.notNull())
        .addColumn("keep_gps_tracks", "integer", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();

      await addSeq(db, "events")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("local_date", "text", (c) => c.notNull())
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("body_hash", "text", (c) => c.notNull())
        .addColumn("received_at", "text", (c) => c.notNull())
        .addUniqueConstraint("events_user_event_id", ["user_id", "id"])
        .execute();
      await db.schema.createIndex("events_user_seq").on("events").columns(["user_id", "seq"]).execute();
      await db.schema.createIndex("events_user_type").on("events").columns(["user_id", "type"]).execute();

      await db.schema
        .createTable("shoes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("brand", "text")
        .addColumn("drop_mm", "real")
        .addColumn("start_distance_meters", "real", (c) => c.notNull())
        .addColumn("is_default", "integer", (c) => c.notNull())
        .addColumn("warn_at_meters", "real")
        .addColumn("replace_at_meters", "real")
        .addColumn("retired_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("shoes_user").on("shoes").column("user_id").execute();

      await db.schema
        .createTable("imported_files")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("run_ids", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("imported_files_pk", ["user_id", "content_hash"])
        .execute();

      await db.schema
        .createTable("imported_activities")
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("event_id", "text", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("sport", "text", (c) => c.notNull())
        .addColumn("start_time", "text")
        .addColumn("detail", "text", (c) => c.notNull())
        .addColumn("track", "text")
        .addPrimaryKeyConstraint("imported_activities_pk", ["user_id", "event_id"])
        .execute();

      await db.schema
        .createTable("import_jobs")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("total_files", "integer", (c) => c.notNull())
        .addColumn("processed_files", "integer", (c) => c.notNull())
        .addColumn("results", "text", (c) => c.notNull())
        .addColumn("payload", bytes)
        .addColumn("lease_until", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text")
        .execute();
      await db.schema.createIndex("import_jobs_status").on("import_jobs").column("status").execute();

      await db.schema
        .createTable("invites")
        .addColumn("code_hash", "text", (c) => c.primaryKey())
        .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("accepted_by", "text", (c) => c.references("users.id").onDelete("cascade"))
        .addColumn("accepted_at", "text")
        .execute();

      await db.schema
        .createTable("coach_access")
        .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("granted_at", "text", (c) => c.notNull())
        .addColumn("revoked_at", "text")
        .addPrimaryKeyConstraint("coach_access_pk", ["runner_id", "coach_id"])
        .execute();
      await db.schema.createIndex("coach_access_coach").on("coach_access").column("coach_id").execute();

      await addSeq(db, "audit_log")
        .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("coach_id", "text", (c) => c.references("users.id").onDelete("set null"))
        .addColumn("coach_name", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("audit_log_runner").on("audit_log").columns(["runner_id", "seq"]).execute();

      await db.schema
        .createTable("messages")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("author_id", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("sent_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("messages_pair").on("messages").columns(["runner_id", "coach_id"]).execute();
    },
  };
}

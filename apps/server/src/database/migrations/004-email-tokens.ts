import type { Kysely, Migration } from "kysely";

/**
 * Mail: a verified-email timestamp on the user (null until the link is opened; accounts from before
 * this migration start unverified) and the single-use tokens mailed for password reset and email
 * verification. Only the sha256 of a token is stored, so a leaked database hands out no live links.
 */
export const emailTokens: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema.alterTable("users").addColumn("email_verified_at", "text").execute();
    await db.schema
      .createTable("email_tokens")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("purpose", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema.createIndex("email_tokens_user").on("email_tokens").columns(["user_id", "purpose"]).execute();
  },
};

import type { Db } from "../database/database-types.ts";

/** One secret feed address per user; only the secret's sha256 is kept. */
export class CalendarFeedsRepository {
  constructor(private readonly db: Db) {}

  async find(userId: string): Promise<{ createdAt: string } | null> {
    const row = await this.db
      .selectFrom("calendar_feeds")
      .select("created_at")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row ? { createdAt: row.created_at } : null;
  }

  /** Replaces any earlier secret: the old address stops working at once. */
  async replace(userId: string, tokenHash: string, nowIso: string): Promise<void> {
    await this.db
      .insertInto("calendar_feeds")
      .values({ user_id: userId, token_hash: tokenHash, created_at: nowIso })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ token_hash: tokenHash, created_at: nowIso }))
      .execute();
  }

  async revoke(userId: string): Promise<boolean> {
    const result = await this.db.deleteFrom("calendar_feeds").where("user_id", "=", userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async ownerOf(tokenHash: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("calendar_feeds")
      .select("user_id")
      .where("token_hash", "=", tokenHash)
      .executeTakeFirst();
    return row?.user_id ?? null;
  }
}

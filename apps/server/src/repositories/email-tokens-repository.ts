import type { Db } from "../database/database-types.ts";

export type EmailTokenPurpose = "password-reset" | "verify-email";

export class EmailTokensRepository {
  constructor(private readonly db: Db) {}

  async insert(token: {
    tokenHash: string;
    userId: string;
    purpose: EmailTokenPurpose;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto("email_tokens")
      .values({
        token_hash: token.tokenHash,
        user_id: token.userId,
        purpose: token.purpose,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        used_at: null,
      })
      .execute();
  }

  /**
   * Marks a live token used and returns its user, or null when it is unknown, expired, already used or
   * for another purpose. One conditional update, so two requests racing with one link cannot both win.
   */
  async consume(tokenHash: string, purpose: EmailTokenPurpose, nowIso: string): Promise<string | null> {
    const row = await this.db
      .updateTable("email_tokens")
      .set({ used_at: nowIso })
      .where("token_hash", "=", tokenHash)
      .where("purpose", "=", purpose)
      .where("used_at", "is", null)
      .where("expires_at", ">", nowIso)
      .returning("user_id")
      .executeTakeFirst();
    return row ? row.user_id : null;
  }

  /**
   * Drops the user's tokens of one purpose: a new link retires the older ones, and a reset retires them
   * all. A used token that is gone is refused just the same: it is unknown.
   */
  async deleteForUser(userId: string, purpose: EmailTokenPurpose): Promise<void> {
    await this.db.deleteFrom("email_tokens").where("user_id", "=", userId).where("purpose", "=", purpose).execute();
  }
}

import type { Role } from "@backstride/api-contract";
import type { Db } from "../database/database-types.ts";

export interface SessionWithUser {
  idHash: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; email: string; name: string; roles: Role[]; createdAt: string };
}

export class SessionsRepository {
  constructor(private readonly db: Db) {}

  async insert(session: {
    idHash: string;
    userId: string;
    csrfToken: string;
    createdAt: string;
    expiresAt: string;
  }): Promise<void> {
    await this.db
      .insertInto("sessions")
      .values({
        id_hash: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  /** The live session and its user, or null when unknown or expired. */
  async findLive(idHash: string, nowIso: string): Promise<SessionWithUser | null> {
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id_hash",
        "sessions.csrf_token",
        "sessions.expires_at",
        "users.id",
        "users.email",
        "users.name",
        "users.roles",
        "users.created_at",
      ])
      .where("sessions.id_hash", "=", idHash)
      .where("sessions.expires_at", ">", nowIso)
      .executeTakeFirst();
    if (!row) return null;
    return {
      idHash: row.id_hash,
      csrfToken: row.csrf_token,
      expiresAt: row.expires_at,
      user: {
        id: row.id,
        email: row.email,
        name: row.name,
        roles: row.roles.split(",").filter((role): role is Role => role === "runner" || role === "coach"),
        createdAt: row.created_at,
      },
    };
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
  }

  async deleteOthers(userId: string, keepIdHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).where("id_hash", "!=", keepIdHash).execute();
  }
}

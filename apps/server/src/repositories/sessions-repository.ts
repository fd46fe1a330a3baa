import type { Role } from "@backstride/api-contract";
import type { Db } from "../database/database-types.ts";
import { compiledOnce } from "./compiled-query-cache.ts";
import { distanceUnitOf, type PlanStamp } from "./users-repository.ts";

export interface SessionWithUser {
  idHash: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; email: string; name: string; roles: Role[]; createdAt: string; emailVerified: boolean };
  /**
   * What today's plan depends on besides the events, read in the same query: the plan route, the
   * app's hot path, then needs no query of its own before its memo (see docs/decisions/plan-memo.md).
   */
  planStamp: PlanStamp;
}

function liveSessionQuery(db: Db) {
  return compiledOnce(db, 2, (idHash: string, nowIso: string) =>
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .leftJoin("profiles", "profiles.user_id", "sessions.user_id")
      .select([
        "sessions.id_hash",
        "sessions.csrf_token",
        "sessions.expires_at",
        "users.id",
        "users.email",
        "users.name",
        "users.roles",
        "users.created_at",
        "users.email_verified_at",
        "users.event_log_version",
        "profiles.time_zone",
        "profiles.distance_unit",
      ])
      .where("sessions.id_hash", "=", idHash)
      .where("sessions.expires_at", ">", nowIso),
  );
}

export class SessionsRepository {
  private readonly liveQuery: ReturnType<typeof liveSessionQuery>;

  constructor(private readonly db: Db) {
    this.liveQuery = liveSessionQuery(db);
  }

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

  /** The live session and its user, or null when unknown or expired. Runs on every request. */
  async findLive(idHash: string, nowIso: string): Promise<SessionWithUser | null> {
    const row = (await this.liveQuery(idHash, nowIso))[0];
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
        emailVerified: row.email_verified_at !== null,
      },
      planStamp: {
        eventLogVersion: Number(row.event_log_version),
        timeZone: row.time_zone,
        distanceUnit: distanceUnitOf(row.distance_unit),
      },
    };
  }

  async delete(idHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
  }

  /** Signs the user out everywhere (a password reset: the old password may be in someone else's hands). */
  async deleteAllOf(userId: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }

  async deleteOthers(userId: string, keepIdHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).where("id_hash", "!=", keepIdHash).execute();
  }
}

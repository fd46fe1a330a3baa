import type { Role } from "@backstride/api-contract";
import type { DistanceUnit } from "@backstride/domain";
import { sql } from "kysely";
import type { Db } from "../database/database-types.ts";
import { isPostgres } from "./batch-limits.ts";
import { viewsListing } from "./roster-repository.ts";

/** The inputs of a user's plan besides their events (see PlanService). */
export interface PlanStamp {
  eventLogVersion: number;
  timeZone: string | null;
  /** The user's distance unit: the plan's words give distances in it. */
  distanceUnit: DistanceUnit;
}

/** A stored unit as the domain's type; "km" when there is no profile. */
export function distanceUnitOf(stored: string | null | undefined): DistanceUnit {
  return stored === "mi" ? "mi" : "km";
}

export interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  passwordHash: string;
  createdAt: string;
  /** When the owner opened the mailed verification link; null until then. */
  emailVerifiedAt: string | null;
}

function toUser(row: {
  id: string;
  email: string;
  name: string;
  roles: string;
  password_hash: string;
  created_at: string;
  email_verified_at: string | null;
}): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles.split(",").filter((role): role is Role => role === "runner" || role === "coach"),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    emailVerifiedAt: row.email_verified_at,
  };
}

export class UsersRepository {
  constructor(private readonly db: Db) {}

  async insert(user: Omit<UserRow, "emailVerifiedAt"> & { emailVerifiedAt?: string | null }): Promise<void> {
    await this.db
      .insertInto("users")
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles.join(","),
        password_hash: user.passwordHash,
        created_at: user.createdAt,
        updated_at: user.createdAt,
        email_verified_at: user.emailVerifiedAt ?? null,
      })
      .execute();
  }

  async findByEmail(email: string): Promise<UserRow | null> {
    const row = await this.db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async findById(id: string): Promise<UserRow | null> {
    const row = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toUser(row) : null;
  }

  async updatePasswordHash(id: string, passwordHash: string, updatedAt: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: updatedAt })
      .where("id", "=", id)
      .execute();
  }

  /** Keeps the first verification time: opening a second link changes nothing. */
  async markEmailVerified(id: string, verifiedAt: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ email_verified_at: verifiedAt })
      .where("id", "=", id)
      .where("email_verified_at", "is", null)
      .execute();
  }

  /**
   * Every row of the user goes with it: the foreign keys cascade (see the initial migration). Their id
   * also leaves the lists of the coaches' roster views that showed them (found, like the runner's own
   * audit, through roster_view_days, before those rows cascade away); each view keeps its count.
   */
  async delete(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const without = isPostgres(trx)
        ? sql`(select coalesce(json_agg(shown.id order by shown.position), '[]')::text
            from json_array_elements_text(roster_views.runner_ids::json) with ordinality as shown(id, position)
            where shown.id <> ${id})`
        : sql`(select json_group_array(value) from json_each(roster_views.runner_ids) where value <> ${id})`;
      await sql`
        update roster_views set runner_ids = ${without}
        where roster_views.id in (select listing.id from (${viewsListing(id)}) as listing)`.execute(trx);
      await trx.deleteFrom("users").where("id", "=", id).execute();
    });
  }

  /**
   * What today's plan depends on besides the events themselves: the log version, the time zone, and
   * the unit its words give distances in (the user's own).
   */
  async planStamp(id: string): Promise<PlanStamp | null> {
    const row = await this.db
      .selectFrom("users")
      .leftJoin("profiles", "profiles.user_id", "users.id")
      .select(["users.event_log_version", "profiles.time_zone", "profiles.distance_unit"])
      .where("users.id", "=", id)
      .executeTakeFirst();
    return row
      ? {
          eventLogVersion: Number(row.event_log_version),
          timeZone: row.time_zone,
          distanceUnit: distanceUnitOf(row.distance_unit),
        }
      : null;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

import type { Db } from "../database/database-types.ts";

/** What a carer may do with a runner's data. */
export type CarerRole = "view" | "adjust";

export interface CarerRow {
  coachId: string;
  name: string;
  email: string;
  role: CarerRole;
  since: string;
}

function roleOf(value: string): CarerRole {
  return value === "view" ? "view" : "adjust";
}

/** The live consents of a runner, each with its role. */
export class CarersRepository {
  constructor(private readonly db: Db) {}

  async carersOf(runnerId: string): Promise<CarerRow[]> {
    const rows = await this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.coach_id")
      .where("coach_access.runner_id", "=", runnerId)
      .where("coach_access.revoked_at", "is", null)
      .select(["coach_access.coach_id", "users.name", "users.email", "coach_access.role", "coach_access.granted_at"])
      .orderBy("coach_access.granted_at", "asc")
      // Two consents given in the same instant still list in one order.
      .orderBy("users.name", "asc")
      .execute();
    return rows.map((row) => ({
      coachId: row.coach_id,
      name: row.name,
      email: row.email,
      role: roleOf(row.role),
      since: row.granted_at,
    }));
  }

  /** The role of a live consent, or null without one. Read on every request (a change applies at once). */
  async role(runnerId: string, coachId: string): Promise<CarerRole | null> {
    const row = await this.db
      .selectFrom("coach_access")
      .select("role")
      .where("runner_id", "=", runnerId)
      .where("coach_id", "=", coachId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return row ? roleOf(row.role) : null;
  }

  /** False when there is no live consent to change. */
  async setRole(runnerId: string, coachId: string, role: CarerRole): Promise<boolean> {
    const result = await this.db
      .updateTable("coach_access")
      .set({ role })
      .where("runner_id", "=", runnerId)
      .where("coach_id", "=", coachId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Runners who share with this coach (live consent), with their names. */
  async runnersOf(coachId: string): Promise<{ runnerId: string; name: string }[]> {
    const rows = await this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.runner_id")
      .where("coach_access.coach_id", "=", coachId)
      .where("coach_access.revoked_at", "is", null)
      .select(["coach_access.runner_id", "users.name"])
      .orderBy("users.name")
      .execute();
    return rows.map((row) => ({ runnerId: row.runner_id, name: row.name }));
  }
}

import type { Profile } from "@backstride/api-contract";
import type { Db } from "../database/database-types.ts";
import { withRosterEntriesSynced } from "./roster-entries-sync.ts";

export class ProfilesRepository {
  constructor(private readonly db: Db) {}

  async find(userId: string): Promise<Profile | null> {
    const row = await this.db.selectFrom("profiles").selectAll().where("user_id", "=", userId).executeTakeFirst();
    if (!row) return null;
    return {
      displayName: row.display_name,
      distanceUnit: row.distance_unit as Profile["distanceUnit"],
      weightUnit: row.weight_unit as Profile["weightUnit"],
      timeZone: row.time_zone,
      goal: row.goal,
      theme: row.theme as Profile["theme"],
      keepGpsTracks: row.keep_gps_tracks === 1,
    };
  }

  /** Only the time zone: the hot path of the plan needs nothing else. */
  async findTimeZone(userId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("profiles")
      .select("time_zone")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row?.time_zone ?? null;
  }

  async upsert(userId: string, profile: Profile, nowIso: string): Promise<void> {
    const values = {
      display_name: profile.displayName,
      distance_unit: profile.distanceUnit,
      weight_unit: profile.weightUnit,
      time_zone: profile.timeZone,
      goal: profile.goal,
      theme: profile.theme,
      keep_gps_tracks: profile.keepGpsTracks ? 1 : 0,
      updated_at: nowIso,
    };
    // Each carer's roster entry for the runner holds their time zone: rebuilt in the same transaction.
    await withRosterEntriesSynced(this.db, { runnerId: userId }, async (trx) => {
      await trx
        .insertInto("profiles")
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
        .execute();
    });
  }
}

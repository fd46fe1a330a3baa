import type { Db } from "../database/database-types.ts";

export interface ReminderRow {
  userId: string;
  /** Local "HH:mm", or null when off. */
  sessionTime: string | null;
  morningTime: string | null;
}

export class RemindersRepository {
  constructor(private readonly db: Db) {}

  async find(userId: string): Promise<ReminderRow | null> {
    const row = await this.db
      .selectFrom("reminders")
      .select(["user_id", "session_time", "morning_time"])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row ? { userId: row.user_id, sessionTime: row.session_time, morningTime: row.morning_time } : null;
  }

  async save(row: ReminderRow, nowIso: string): Promise<void> {
    const values = { session_time: row.sessionTime, morning_time: row.morningTime, updated_at: nowIso };
    await this.db
      .insertInto("reminders")
      .values({ user_id: row.userId, ...values })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
      .execute();
  }

  /** Everyone with a reminder on, with the email and time zone to send it by. */
  async active(): Promise<(ReminderRow & { email: string; name: string; timeZone: string | null })[]> {
    const rows = await this.db
      .selectFrom("reminders")
      .innerJoin("users", "users.id", "reminders.user_id")
      .leftJoin("profiles", "profiles.user_id", "reminders.user_id")
      .where((eb) =>
        eb.or([eb("reminders.session_time", "is not", null), eb("reminders.morning_time", "is not", null)]),
      )
      .select([
        "reminders.user_id",
        "reminders.session_time",
        "reminders.morning_time",
        "users.email",
        "users.name",
        "profiles.time_zone",
      ])
      .execute();
    return rows.map((row) => ({
      userId: row.user_id,
      sessionTime: row.session_time,
      morningTime: row.morning_time,
      email: row.email,
      name: row.name,
      timeZone: row.time_zone,
    }));
  }
}

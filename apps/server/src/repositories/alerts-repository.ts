import type { Db } from "../database/database-types.ts";

export interface NewAlertRow {
  id: string;
  coachId: string;
  runnerId: string;
  rule: string;
  dedupeKey: string;
  level: string;
  title: string;
  detail: string;
  localDate: string;
  createdAt: string;
}

export interface AlertRow {
  id: string;
  runnerId: string;
  runnerName: string;
  rule: string;
  level: string;
  title: string;
  detail: string;
  localDate: string;
  createdAt: string;
  readAt: string | null;
}

const alertColumns = [
  "alerts.id",
  "alerts.runner_id",
  "users.name as runner_name",
  "alerts.rule",
  "alerts.level",
  "alerts.title",
  "alerts.detail",
  "alerts.local_date",
  "alerts.created_at",
  "alerts.read_at",
] as const;

function alertRowOf(row: {
  id: string;
  runner_id: string;
  runner_name: string;
  rule: string;
  level: string;
  title: string;
  detail: string;
  local_date: string;
  created_at: string;
  read_at: string | null;
}): AlertRow {
  return {
    id: row.id,
    runnerId: row.runner_id,
    runnerName: row.runner_name,
    rule: row.rule,
    level: row.level,
    title: row.title,
    detail: row.detail,
    localDate: row.local_date,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** The alerts inbox, alert settings and the plan slices alerts compare against. */
export class AlertsRepository {
  constructor(private readonly db: Db) {}

  /** Stores the alerts not stored yet (by coach, runner and key); returns how many were new. */
  async insertMany(rows: readonly NewAlertRow[]): Promise<number> {
    let inserted = 0;
    for (const row of rows) {
      const result = await this.db
        .insertInto("alerts")
        .values({
          id: row.id,
          coach_id: row.coachId,
          runner_id: row.runnerId,
          rule: row.rule,
          dedupe_key: row.dedupeKey,
          level: row.level,
          title: row.title,
          detail: row.detail,
          local_date: row.localDate,
          created_at: row.createdAt,
          read_at: null,
          digested_at: null,
        })
        .onConflict((oc) => oc.columns(["coach_id", "runner_id", "dedupe_key"]).doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return inserted;
  }

  /** Newest first, with the runner's name; only runners who still share with this coach. */
  async inbox(coachId: string, limit: number): Promise<AlertRow[]> {
    const rows = await this.liveAlerts(coachId)
      .innerJoin("users", "users.id", "alerts.runner_id")
      .select(alertColumns)
      .orderBy("alerts.created_at", "desc")
      .orderBy("alerts.id", "desc")
      .limit(limit)
      .execute();
    return rows.map(alertRowOf);
  }

  /** This coach's alerts about runners who still share with them (a revoked runner's alerts go quiet). */
  private liveAlerts(coachId: string) {
    return this.db
      .selectFrom("alerts")
      .innerJoin("coach_access", (join) =>
        join
          .onRef("coach_access.runner_id", "=", "alerts.runner_id")
          .onRef("coach_access.coach_id", "=", "alerts.coach_id"),
      )
      .where("alerts.coach_id", "=", coachId)
      .where("coach_access.revoked_at", "is", null);
  }

  async unreadCount(coachId: string): Promise<number> {
    const row = await this.liveAlerts(coachId)
      .where("alerts.read_at", "is", null)
      .select((eb) => eb.fn.countAll<string | number>().as("count"))
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  /** Marks this coach's alerts read: the ids given, or all of them. */
  async markRead(coachId: string, ids: readonly string[] | "all", nowIso: string): Promise<void> {
    if (ids !== "all" && ids.length === 0) return;
    let query = this.db
      .updateTable("alerts")
      .set({ read_at: nowIso })
      .where("coach_id", "=", coachId)
      .where("read_at", "is", null);
    if (ids !== "all") query = query.where("id", "in", [...ids]);
    await query.execute();
  }

  /** Unread alerts no digest has listed yet, oldest first. */
  async undigested(coachId: string): Promise<AlertRow[]> {
    const rows = await this.liveAlerts(coachId)
      .innerJoin("users", "users.id", "alerts.runner_id")
      .where("alerts.read_at", "is", null)
      .where("alerts.digested_at", "is", null)
      .select(alertColumns)
      .orderBy("alerts.created_at", "asc")
      .execute();
    return rows.map(alertRowOf);
  }

  async markDigested(ids: readonly string[], nowIso: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable("alerts")
      .set({ digested_at: nowIso })
      .where("id", "in", [...ids])
      .execute();
  }

  /** Coaches with at least one unread alert not yet in a digest, with their email and time zone. */
  async coachesToDigest(): Promise<{ coachId: string; email: string; name: string; timeZone: string | null }[]> {
    const rows = await this.db
      .selectFrom("alerts")
      .innerJoin("users", "users.id", "alerts.coach_id")
      .leftJoin("profiles", "profiles.user_id", "alerts.coach_id")
      .where("alerts.read_at", "is", null)
      .where("alerts.digested_at", "is", null)
      .select(["alerts.coach_id", "users.email", "users.name", "profiles.time_zone"])
      .distinct()
      .execute();
    return rows.map((row) => ({ coachId: row.coach_id, email: row.email, name: row.name, timeZone: row.time_zone }));
  }

  async settings(coachId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("alert_settings")
      .select("body")
      .where("coach_id", "=", coachId)
      .executeTakeFirst();
    return row?.body ?? null;
  }

  async saveSettings(coachId: string, body: string, nowIso: string): Promise<void> {
    await this.db
      .insertInto("alert_settings")
      .values({ coach_id: coachId, body, updated_at: nowIso })
      .onConflict((oc) => oc.column("coach_id").doUpdateSet({ body, updated_at: nowIso }))
      .execute();
  }

  async settingsOf(coachIds: readonly string[]): Promise<Map<string, string>> {
    if (coachIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("alert_settings")
      .select(["coach_id", "body"])
      .where("coach_id", "in", [...coachIds])
      .execute();
    return new Map(rows.map((row) => [row.coach_id, row.body]));
  }

  async snapshot(runnerId: string): Promise<{ logVersion: number; body: string } | null> {
    const row = await this.db
      .selectFrom("alert_snapshots")
      .select(["log_version", "body"])
      .where("runner_id", "=", runnerId)
      .executeTakeFirst();
    return row ? { logVersion: Number(row.log_version), body: row.body } : null;
  }

  async saveSnapshot(runnerId: string, logVersion: number, body: string, nowIso: string): Promise<void> {
    await this.db
      .insertInto("alert_snapshots")
      .values({ runner_id: runnerId, log_version: logVersion, body, updated_at: nowIso })
      .onConflict((oc) => oc.column("runner_id").doUpdateSet({ log_version: logVersion, body, updated_at: nowIso }))
      .execute();
  }

  /** Runners someone follows whose log changed since alerts last compared it (or never compared). */
  async runnersBehind(): Promise<string[]> {
    const rows = await this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.runner_id")
      .leftJoin("alert_snapshots", "alert_snapshots.runner_id", "coach_access.runner_id")
      .where("coach_access.revoked_at", "is", null)
      .where((eb) =>
        eb.or([
          eb("alert_snapshots.log_version", "is", null),
          eb("alert_snapshots.log_version", "<", eb.ref("users.event_log_version")),
        ]),
      )
      .select("coach_access.runner_id")
      .distinct()
      .execute();
    return rows.map((row) => row.runner_id);
  }

  /** Runners with at least one live carer, with their time zone. */
  async followedRunners(): Promise<{ runnerId: string; timeZone: string | null }[]> {
    const rows = await this.db
      .selectFrom("coach_access")
      .leftJoin("profiles", "profiles.user_id", "coach_access.runner_id")
      .where("coach_access.revoked_at", "is", null)
      .select(["coach_access.runner_id", "profiles.time_zone"])
      .distinct()
      .execute();
    return rows.map((row) => ({ runnerId: row.runner_id, timeZone: row.time_zone }));
  }

  /**
   * Claims "kind for subject on local date": true for exactly one caller, whichever instance asks
   * first. What it guards (a digest, a reminder, a day's sweep) runs once a day at most.
   */
  async claimDaily(kind: string, subjectId: string, localDate: string, nowIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto("daily_claims")
      .values({ kind, subject_id: subjectId, local_date: localDate, claimed_at: nowIso })
      .onConflict((oc) => oc.columns(["kind", "subject_id", "local_date"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async deleteClaimsBefore(iso: string): Promise<void> {
    await this.db.deleteFrom("daily_claims").where("claimed_at", "<", iso).execute();
  }
}

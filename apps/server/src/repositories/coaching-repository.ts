import type { Db } from "../database/database-types.ts";
import { withRosterEntriesSynced } from "./roster-entries-sync.ts";

export interface AccessRow {
  runnerId: string;
  coachId: string;
  grantedAt: string;
}

/** A message with its author's name, as every message read returns it. */
const messageColumns = [
  "messages.id",
  "messages.runner_id",
  "messages.coach_id",
  "messages.author_id",
  "messages.body",
  "messages.sent_at",
  "users.name as author_name",
] as const;

export class CoachingRepository {
  constructor(private readonly db: Db) {}

  async insertInvite(invite: { codeHash: string; coachId: string; createdAt: string; expiresAt: string }) {
    await this.db
      .insertInto("invites")
      .values({
        code_hash: invite.codeHash,
        coach_id: invite.coachId,
        created_at: invite.createdAt,
        expires_at: invite.expiresAt,
        accepted_by: null,
        accepted_at: null,
      })
      .execute();
  }

  /** An invite that is unexpired and not yet used, with the inviting coach. */
  async findOpenInvite(codeHash: string, nowIso: string) {
    const row = await this.db
      .selectFrom("invites")
      .innerJoin("users", "users.id", "invites.coach_id")
      .select(["invites.coach_id", "invites.expires_at", "users.name", "users.roles"])
      .where("invites.code_hash", "=", codeHash)
      .where("invites.expires_at", ">", nowIso)
      .where("invites.accepted_by", "is", null)
      .executeTakeFirst();
    return row ? { coachId: row.coach_id, coachName: row.name, expiresAt: row.expires_at } : null;
  }

  /** Who used an invite, when it was used (a retried accept answers the same). */
  async findUsedInvite(codeHash: string) {
    const row = await this.db
      .selectFrom("invites")
      .innerJoin("users", "users.id", "invites.coach_id")
      .select(["invites.coach_id", "invites.accepted_by", "invites.accepted_at", "users.name"])
      .where("invites.code_hash", "=", codeHash)
      .where("invites.accepted_by", "is not", null)
      .executeTakeFirst();
    return row?.accepted_by && row.accepted_at
      ? { coachId: row.coach_id, coachName: row.name, acceptedBy: row.accepted_by, acceptedAt: row.accepted_at }
      : null;
  }

  /** Marks the invite used; false when someone used it first. */
  async useInvite(codeHash: string, runnerId: string, nowIso: string): Promise<boolean> {
    const result = await this.db
      .updateTable("invites")
      .set({ accepted_by: runnerId, accepted_at: nowIso })
      .where("code_hash", "=", codeHash)
      .where("accepted_by", "is", null)
      .where("expires_at", ">", nowIso)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The consent and the coach's roster entry for the runner, together. */
  async grant(runnerId: string, coachId: string, nowIso: string): Promise<void> {
    await withRosterEntriesSynced(this.db, { runnerId, coachId }, async (trx) => {
      await trx
        .insertInto("coach_access")
        .values({ runner_id: runnerId, coach_id: coachId, granted_at: nowIso, revoked_at: null })
        .onConflict((oc) => oc.columns(["runner_id", "coach_id"]).doUpdateSet({ granted_at: nowIso, revoked_at: null }))
        .execute();
    });
  }

  /** Read on every coach request, never cached, so a revoke takes effect on the next one. */
  async activeAccess(runnerId: string, coachId: string): Promise<AccessRow | null> {
    const row = await this.db
      .selectFrom("coach_access")
      .select(["runner_id", "coach_id", "granted_at"])
      .where("runner_id", "=", runnerId)
      .where("coach_id", "=", coachId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return row ? { runnerId: row.runner_id, coachId: row.coach_id, grantedAt: row.granted_at } : null;
  }

  /** Ends access; false when the coach never had access to this runner. Revoking twice is fine. */
  async revoke(runnerId: string, coachId: string, nowIso: string): Promise<boolean> {
    await withRosterEntriesSynced(this.db, { runnerId, coachId }, async (trx) => {
      await trx
        .updateTable("coach_access")
        .set({ revoked_at: nowIso })
        .where("runner_id", "=", runnerId)
        .where("coach_id", "=", coachId)
        .where("revoked_at", "is", null)
        .execute();
    });
    const row = await this.db
      .selectFrom("coach_access")
      .select("coach_id")
      .where("runner_id", "=", runnerId)
      .where("coach_id", "=", coachId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async coachesOf(runnerId: string) {
    return this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.coach_id")
      .select(["users.id", "users.name", "users.email", "coach_access.granted_at"])
      .where("coach_access.runner_id", "=", runnerId)
      .where("coach_access.revoked_at", "is", null)
      .orderBy("coach_access.granted_at")
      .execute();
  }

  async athletesOf(coachId: string) {
    return this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.runner_id")
      .select(["users.id", "users.name", "coach_access.granted_at"])
      .where("coach_access.coach_id", "=", coachId)
      .where("coach_access.revoked_at", "is", null)
      .orderBy("users.name")
      .execute();
  }

  async insertAudit(entry: { runnerId: string; coachId: string; coachName: string; action: string; at: string }) {
    await this.db
      .insertInto("audit_log")
      .values({
        runner_id: entry.runnerId,
        coach_id: entry.coachId,
        coach_name: entry.coachName,
        action: entry.action,
        at: entry.at,
      })
      .execute();
  }

  async auditOf(runnerId: string, limit: number) {
    return this.db
      .selectFrom("audit_log")
      .select(["coach_id", "coach_name", "action", "at"])
      .where("runner_id", "=", runnerId)
      .orderBy("seq", "desc")
      .limit(limit)
      .execute();
  }

  async insertMessage(message: {
    id: string;
    runnerId: string;
    coachId: string;
    authorId: string;
    body: string;
    sentAt: string;
  }): Promise<boolean> {
    // The roster entry's unread count and last message move with the message, in its transaction.
    return withRosterEntriesSynced(
      this.db,
      { runnerId: message.runnerId, coachId: message.coachId },
      async (trx) => {
        const result = await trx
          .insertInto("messages")
          .values({
            id: message.id,
            runner_id: message.runnerId,
            coach_id: message.coachId,
            author_id: message.authorId,
            body: message.body,
            sent_at: message.sentAt,
          })
          .onConflict((oc) => oc.column("id").doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      (inserted) => inserted,
    );
  }

  async findMessage(id: string) {
    return (
      (await this.db
        .selectFrom("messages")
        .innerJoin("users", "users.id", "messages.author_id")
        .select(messageColumns)
        .where("messages.id", "=", id)
        .executeTakeFirst()) ?? null
    );
  }

  async messages(filter: { runnerId: string; coachId?: string; coachIds?: string[] }) {
    let query = this.db
      .selectFrom("messages")
      .innerJoin("users", "users.id", "messages.author_id")
      .select(messageColumns)
      .where("messages.runner_id", "=", filter.runnerId);
    if (filter.coachId) query = query.where("messages.coach_id", "=", filter.coachId);
    if (filter.coachIds) {
      if (filter.coachIds.length === 0) return [];
      query = query.where("messages.coach_id", "in", filter.coachIds);
    }
    // The latest 1000, oldest first.
    const rows = await query.orderBy("messages.sent_at", "desc").orderBy("messages.id", "desc").limit(1000).execute();
    return rows.reverse();
  }
}

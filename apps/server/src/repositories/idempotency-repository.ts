import type { Db } from "../database/database-types.ts";

export interface StoredResponse {
  bodyHash: string;
  /** 0 while the first request with this key is still running. */
  statusCode: number;
  responseBody: string;
}

/**
 * How long an unfinished claim on a key holds (issue 9, defect 5). A request that is still running
 * renews its claim well within this (register-route's heartbeat); one whose process died stops renewing,
 * so a retry may claim the key again after this instead of hearing "still running" for days.
 */
export const idempotencyLeaseSeconds = 30;

export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  /**
   * Claims the key; false when a request with it was seen before and still holds it. An unfinished
   * claim (status 0) whose lease ran out is taken over by a retry of the same request: `created_at` of
   * an unfinished claim is the time of its last renewal.
   */
  async reserve(userId: string, routeId: string, key: string, bodyHash: string, nowIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto("idempotency_keys")
      .values({
        user_id: userId,
        route_id: routeId,
        key,
        body_hash: bodyHash,
        status_code: 0,
        response_body: "",
        created_at: nowIso,
      })
      .onConflict((oc) => oc.columns(["user_id", "route_id", "key"]).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) return true;
    const leaseStartedBefore = new Date(Date.parse(nowIso) - idempotencyLeaseSeconds * 1000).toISOString();
    // One statement, so of two retries racing for an expired claim only one sees it expired.
    const takeover = await this.db
      .updateTable("idempotency_keys")
      .set({ created_at: nowIso })
      .where("user_id", "=", userId)
      .where("route_id", "=", routeId)
      .where("key", "=", key)
      .where("status_code", "=", 0)
      .where("body_hash", "=", bodyHash)
      .where("created_at", "<", leaseStartedBefore)
      .executeTakeFirst();
    return Number(takeover.numUpdatedRows) === 1;
  }

  /** Keeps a running request's claim alive; does nothing once it completed or was released. */
  async renew(userId: string, routeId: string, key: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable("idempotency_keys")
      .set({ created_at: nowIso })
      .where("user_id", "=", userId)
      .where("route_id", "=", routeId)
      .where("key", "=", key)
      .where("status_code", "=", 0)
      .execute();
  }

  async find(userId: string, routeId: string, key: string): Promise<StoredResponse | null> {
    const row = await this.db
      .selectFrom("idempotency_keys")
      .select(["body_hash", "status_code", "response_body"])
      .where("user_id", "=", userId)
      .where("route_id", "=", routeId)
      .where("key", "=", key)
      .executeTakeFirst();
    return row ? { bodyHash: row.body_hash, statusCode: row.status_code, responseBody: row.response_body } : null;
  }

  async complete(userId: string, routeId: string, key: string, statusCode: number, responseBody: string) {
    await this.db
      .updateTable("idempotency_keys")
      .set({ status_code: statusCode, response_body: responseBody })
      .where("user_id", "=", userId)
      .where("route_id", "=", routeId)
      .where("key", "=", key)
      .execute();
  }

  async release(userId: string, routeId: string, key: string): Promise<void> {
    await this.db
      .deleteFrom("idempotency_keys")
      .where("user_id", "=", userId)
      .where("route_id", "=", routeId)
      .where("key", "=", key)
      .execute();
  }
}

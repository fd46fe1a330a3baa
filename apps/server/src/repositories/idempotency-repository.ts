import type { Db } from "../database/database-types.ts";

export interface StoredResponse {
  bodyHash: string;
  /** 0 while the first request with this key is still running. */
  statusCode: number;
  responseBody: string;
}

export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  /** Claims the key; false when a request with it was seen before. */
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
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
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

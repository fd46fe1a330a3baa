import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/config.ts";
import { createDatabase } from "../src/database/create-database.ts";
import { compiledOnce } from "../src/repositories/compiled-query-cache.ts";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./support/test-server.ts";

const onPostgres = databaseKinds.includes("postgres");

describe.runIf(onPostgres)("fixed query shapes as prepared statements on PostgreSQL", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("postgres");
  });
  afterAll(async () => test.dispose());

  /** Runs a compiledOnce shape twice on one connection and lists that connection's prepared statements. */
  async function preparedAfterUse(prepared: boolean): Promise<string[]> {
    const database = await createDatabase({ ...test.config, postgresPreparedStatements: prepared });
    try {
      return await database.db.transaction().execute(async (trx) => {
        const byEmail = compiledOnce(trx, 1, (email: string) =>
          trx.selectFrom("users").select("id").where("email", "=", email),
        );
        expect(await byEmail("nobody@example.test")).toEqual([]);
        expect(await byEmail("still-nobody@example.test")).toEqual([]);
        const rows = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(trx);
        return rows.rows.map((row) => row.name);
      });
    } finally {
      await database.close();
    }
  }

  it("parses and plans a shape once per connection, unless turned off for a pooler", async () => {
    expect((await preparedAfterUse(true)).some((name) => name.startsWith("bs_"))).toBe(true);
    expect(await preparedAfterUse(false)).toEqual([]);
  });
});

describe("BACKSTRIDE_PG_PREPARED", () => {
  it("reads 1 or 0, on by default", () => {
    expect(loadConfig({}).postgresPreparedStatements).toBe(true);
    expect(loadConfig({ BACKSTRIDE_PG_PREPARED: "0" }).postgresPreparedStatements).toBe(false);
    expect(() => loadConfig({ BACKSTRIDE_PG_PREPARED: "off" })).toThrow(/BACKSTRIDE_PG_PREPARED must be 1 or 0/);
  });
});

import { randomUUID } from "node:crypto";
import { createShoeBodySchema } from "@backstride/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idempotencyLeaseSeconds } from "../src/repositories/idempotency-repository.ts";
import { canonicalJson, sha256Hex } from "../src/services/crypto-tools.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/** The fingerprint register-route hashes for POST /api/shoes: the parsed params and body. */
const shoeRequestHash = (payload: unknown) =>
  sha256Hex(canonicalJson({ params: {}, body: createShoeBodySchema.parse(payload) }));

describe.each(databaseKinds)("an Idempotency-Key claimed just before a crash (issue 9, defect 5), on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
  });
  afterAll(async () => server.close());

  /** What a request leaves behind when its process dies between claiming the key and answering. */
  async function crashAfterClaim(agent: Agent, key: string, payload: unknown) {
    const claimed = await server.services.repositories.idempotency.reserve(
      agent.userId,
      "createShoe",
      key,
      shoeRequestHash(payload),
      server.clock.now().toISOString(),
    );
    expect(claimed).toBe(true);
  }

  const createShoe = (agent: Agent, key: string, payload: unknown) =>
    call(server, agent, { method: "POST", url: "/api/shoes", headers: { "idempotency-key": key }, payload });

  it("answers 'still running' within the lease, then lets the retry through and stores it once", async () => {
    const agent = await signUp(server);
    const key = randomUUID();
    const payload = { name: "Daily trainer" };
    await crashAfterClaim(agent, key, payload);

    const early = await createShoe(agent, key, payload);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/still running/);

    server.clock.advanceSeconds(idempotencyLeaseSeconds + 1);
    const retry = await createShoe(agent, key, payload);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();

    const replay = await createShoe(agent, key, payload);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(retry.json());
    const shoes = (await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes;
    expect(shoes.map((shoe: { name: string }) => shoe.name)).toEqual(["Daily trainer"]);
  });

  it("never hands an expired claim to a different request under the same key", async () => {
    const agent = await signUp(server);
    const key = randomUUID();
    await crashAfterClaim(agent, key, { name: "First pair" });
    server.clock.advanceSeconds(idempotencyLeaseSeconds + 1);
    const other = await createShoe(agent, key, { name: "Another pair" });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toMatch(/different request/);
  });

  it("keeps a renewed claim and a finished answer: only an abandoned claim expires", async () => {
    const agent = await signUp(server);
    const repository = server.services.repositories.idempotency;
    const at = () => server.clock.now().toISOString();
    expect(await repository.reserve(agent.userId, "createShoe", "live", "h", at())).toBe(true);
    server.clock.advanceSeconds(idempotencyLeaseSeconds - 1);
    await repository.renew(agent.userId, "createShoe", "live", at());
    server.clock.advanceSeconds(idempotencyLeaseSeconds - 1);
    expect(await repository.reserve(agent.userId, "createShoe", "live", "h", at())).toBe(false);

    expect(await repository.reserve(agent.userId, "createShoe", "done", "h", at())).toBe(true);
    await repository.complete(agent.userId, "createShoe", "done", 201, "{}");
    server.clock.advanceSeconds(idempotencyLeaseSeconds * 10);
    expect(await repository.reserve(agent.userId, "createShoe", "done", "h", at())).toBe(false);
    expect((await repository.find(agent.userId, "createShoe", "done"))?.statusCode).toBe(201);

    // Two retries racing for one expired claim: exactly one wins it.
    expect(await repository.reserve(agent.userId, "createShoe", "race", "h", at())).toBe(true);
    server.clock.advanceSeconds(idempotencyLeaseSeconds + 1);
    const wins = await Promise.all(
      Array.from({ length: 4 }, () => repository.reserve(agent.userId, "createShoe", "race", "h", at())),
    );
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});

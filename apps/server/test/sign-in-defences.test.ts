import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastifyTrustProxy, parseTrustProxy } from "../src/http/trust-proxy.ts";
import { signInAttemptKey } from "../src/services/auth-service.ts";
import { type BackoffRule, backoffDelaySeconds } from "../src/services/rate-limiter.ts";
import { type Agent, call, quickUser, testPassword } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

const backoff: BackoffRule = {
  freeAttempts: 3,
  firstDelaySeconds: 60,
  maxDelaySeconds: 900,
  forgetAfterSeconds: 86_400,
};

/** The address our (one) reverse proxy connects from. */
const proxyAddress = "10.0.0.2";

describe("BACKSTRIDE_TRUST_PROXY", () => {
  it("reads a hop count, an address list, or nothing, and refuses what it cannot read", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy("0")).toBe(false);
    expect(parseTrustProxy("1")).toEqual({ hops: 1 });
    expect(parseTrustProxy(" 10.0.0.0/8, ::1 ,loopback")).toEqual({ addresses: ["10.0.0.0/8", "::1", "loopback"] });
    expect(() => parseTrustProxy("true")).toThrow(/BACKSTRIDE_TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/10\.0\.0\.0\/33/);
    expect(() => parseTrustProxy("1.2.3")).toThrow(/1\.2\.3/);
  });

  it("trusts exactly the configured hops, counted from the socket", () => {
    const trust = fastifyTrustProxy({ hops: 2 });
    if (typeof trust !== "function") throw new Error("a hop count becomes a trust function");
    expect([0, 1, 2, 3].map((hop) => trust("198.51.100.1", hop))).toEqual([true, true, false, false]);
  });
});

describe("back-off delays", () => {
  it("are free at first, then double up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((attempts) => backoffDelaySeconds(attempts, backoff))).toEqual([
      0, 0, 0, 60, 120, 240, 480, 900, 900,
    ]);
  });
});

describe.each(databaseKinds)("sign-in defences on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, {
      startJobs: false,
      rateLimits: { signInPerEmailAndIp: backoff, passwordCheckPerUser: backoff },
      config: { trustProxy: { hops: 1 } },
    });
  });
  afterAll(async () => server.close());

  /** A sign-in arriving through our one proxy; `forwardedFor` is the header as the proxy passes it on. */
  function signIn(email: string, password: string, forwardedFor: string) {
    return server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      remoteAddress: proxyAddress,
      headers: { "x-forwarded-for": forwardedFor },
      payload: { email, password },
    });
  }

  async function attemptKeys(email: string): Promise<string[]> {
    const rows = await server.testDatabase.database.db
      .selectFrom("rate_limits")
      .select("key")
      .where("key", "like", `sign-in:email-ip:${email}|%`)
      .execute();
    return rows.map((row) => row.key);
  }

  it("counts guesses against the address the proxy saw, not one the client wrote (defect 9)", async () => {
    const owner = await quickUser(server, ["runner"]);
    // The attacker writes the owner's address into X-Forwarded-For; the proxy appends the real one.
    const spoofed = "198.51.100.7, 203.0.113.66";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt += 1) {
      statuses.push((await signIn(owner.email, "a wrong guess", spoofed)).statusCode);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    expect(await attemptKeys(owner.email)).toEqual([signInAttemptKey(owner.email, "203.0.113.66")]);

    // The owner, at the address the attacker named, signs in at once: no account-wide lock.
    const ownerSignIn = await signIn(owner.email, testPassword, "198.51.100.7");
    expect(ownerSignIn.statusCode).toBe(200);
    // The attacker is still held back, even with the right password.
    expect((await signIn(owner.email, testPassword, spoofed)).statusCode).toBe(429);
  });

  it("slows one email+address with exponential back-off and Retry-After, and a success clears it (defect 9)", async () => {
    const owner = await quickUser(server, ["runner"]);
    const from = "192.0.2.10";
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await signIn(owner.email, "a wrong guess", from)).statusCode).toBe(401);
    }
    const held = await signIn(owner.email, "a wrong guess", from);
    expect(held.statusCode).toBe(429);
    expect(held.json().error.code).toBe("rate_limited");
    expect(held.headers["retry-after"]).toBe("60");
    server.clock.advanceSeconds(60);
    expect((await signIn(owner.email, "a wrong guess", from)).statusCode).toBe(401);
    const longer = await signIn(owner.email, "a wrong guess", from);
    expect(longer.statusCode).toBe(429);
    expect(longer.headers["retry-after"]).toBe("120");
    server.clock.advanceSeconds(120);
    expect((await signIn(owner.email, testPassword, from)).statusCode).toBe(200);
    expect(await attemptKeys(owner.email)).toEqual([]);
    expect((await signIn(owner.email, "a wrong guess", from)).statusCode).toBe(401);
  });

  it("refuses parallel guesses beyond the free ones: each is counted before the password is checked", async () => {
    const owner = await quickUser(server, ["runner"]);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, () => signIn(owner.email, "a wrong guess", "192.0.2.77").then((r) => r.statusCode)),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
  });

  async function changePassword(agent: Agent, currentPassword: string) {
    return call(server, agent, {
      method: "POST",
      url: "/api/auth/change-password",
      payload: { currentPassword, newPassword: "another long passphrase" },
    });
  }

  async function deleteAccount(agent: Agent, password: string) {
    return call(server, agent, { method: "DELETE", url: "/api/account", payload: { password } });
  }

  it("limits password guesses on change-password and delete-account together (defect 8)", async () => {
    const agent = await quickUser(server, ["runner"]);
    expect((await changePassword(agent, "guess one")).statusCode).toBe(403);
    expect((await deleteAccount(agent, "guess two")).statusCode).toBe(403);
    expect((await changePassword(agent, "guess three")).statusCode).toBe(403);
    const heldDelete = await deleteAccount(agent, testPassword);
    expect(heldDelete.statusCode).toBe(429);
    expect(heldDelete.headers["retry-after"]).toBe("60");
    const heldChange = await changePassword(agent, testPassword);
    expect(heldChange.statusCode).toBe(429);
    expect(await server.services.repositories.users.findById(agent.userId)).not.toBeNull();

    server.clock.advanceSeconds(60);
    expect((await changePassword(agent, "guess four")).statusCode).toBe(403);
    expect((await changePassword(agent, testPassword)).headers["retry-after"]).toBe("120");
    server.clock.advanceSeconds(120);
    expect((await changePassword(agent, testPassword)).statusCode).toBe(200);
    // A success clears the count: the next slip is an ordinary 403.
    expect((await deleteAccount(agent, "not the new one")).statusCode).toBe(403);
  });
});

describe.each(databaseKinds)("proxy trust by address list on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, {
      startJobs: false,
      rateLimits: { signInPerEmailAndIp: backoff },
      config: { trustProxy: { addresses: ["10.0.0.0/8"] } },
    });
  });
  afterAll(async () => server.close());

  async function keyAfterWrongGuess(remoteAddress: string, forwardedFor: string): Promise<string> {
    const owner = await quickUser(server, ["runner"]);
    await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      remoteAddress,
      headers: { "x-forwarded-for": forwardedFor },
      payload: { email: owner.email, password: "a wrong guess" },
    });
    const row = await server.testDatabase.database.db
      .selectFrom("rate_limits")
      .select("key")
      .where("key", "like", `sign-in:email-ip:${owner.email}|%`)
      .executeTakeFirstOrThrow();
    return row.key.slice(row.key.lastIndexOf("|") + 1);
  }

  it("takes the right-most address that is not a listed proxy", async () => {
    expect(await keyAfterWrongGuess("10.0.0.2", "198.51.100.7, 203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a peer that is not a listed proxy", async () => {
    expect(await keyAfterWrongGuess("203.0.113.50", "198.51.100.7")).toBe("203.0.113.50");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, sessionCookieOf, signUp, testPassword } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

describe.each(databaseKinds)("auth on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, {
      rateLimits: {
        signInPerEmailAndIp: {
          freeAttempts: 5,
          firstDelaySeconds: 900,
          maxDelaySeconds: 900,
          forgetAfterSeconds: 86_400,
        },
        signInPerIp: { attempts: 1000, windowSeconds: 900 },
        signUpPerIp: { attempts: 1000, windowSeconds: 3600 },
        signUpPerEmail: { attempts: 5, windowSeconds: 3600 },
      },
    });
  });
  afterAll(async () => server.close());

  it("signs up (202, check your inbox), then signs in: the user, a CSRF token and an HttpOnly SameSite=Lax cookie", async () => {
    const created = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email: "Ada@Example.test", password: testPassword, name: "Ada" },
    });
    expect(created.statusCode).toBe(202);
    expect(created.json()).toEqual({ ok: true, checkInbox: true });
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: "ada@example.test", password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: "ada@example.test", name: "Ada", roles: ["runner"] });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = response.cookies.find((item) => item.name === "bs_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(JSON.stringify(body)).not.toContain("password");
  });

  it("answers a second sign-up with the same email like a new one (no 409 to enumerate accounts); refuses a weak password (400)", async () => {
    const agent = await signUp(server);
    const again = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email: agent.email, password: testPassword, name: "Other" },
    });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ ok: true, checkInbox: true });
    expect(again.cookies).toEqual([]);
    const weak = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email: "weak@example.test", password: "short", name: "Weak" },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: "validation", field: "password" });
  });

  it("stores only the argon2id hash (m=19456, t=2, p=1) and a hashed session id", async () => {
    const agent = await signUp(server);
    const user = await server.services.repositories.users.findById(agent.userId);
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const rawId = agent.cookie.split("=")[1] ?? "";
    const rows = await server.testDatabase.database.db
      .selectFrom("sessions")
      .select("id_hash")
      .where("user_id", "=", agent.userId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).not.toBe(rawId);
    expect(rows[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("rotates the session id at sign-in and revokes the old one", async () => {
    const agent = await signUp(server);
    const signIn = await call(server, agent, {
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: agent.email, password: testPassword },
    });
    expect(signIn.statusCode).toBe(200);
    const newCookie = sessionCookieOf(signIn);
    expect(newCookie).not.toBe(agent.cookie);
    expect((await call(server, agent, { method: "GET", url: "/api/auth/session" })).json()).toEqual({ user: null });
    const fresh = { ...agent, cookie: newCookie, csrfToken: signIn.json().csrfToken };
    expect((await call(server, fresh, { method: "GET", url: "/api/auth/session" })).json().user?.id).toBe(fresh.userId);
  });

  it("signs out on the server: the cookie no longer works even if replayed", async () => {
    const agent = await signUp(server);
    const out = await call(server, agent, { method: "POST", url: "/api/auth/sign-out" });
    expect(out.statusCode).toBe(200);
    expect((await call(server, agent, { method: "GET", url: "/api/profile" })).statusCode).toBe(401);
  });

  it("requires the CSRF header on cookie-authenticated changes", async () => {
    const agent = await signUp(server);
    const missing = await call(server, agent, {
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { "x-csrf-token": "" },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe("csrf");
    const wrong = await call(server, agent, {
      method: "PUT",
      url: "/api/profile",
      headers: { "x-csrf-token": "A".repeat(43) },
      payload: {},
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe("csrf");
    expect((await call(server, agent, { method: "GET", url: "/api/auth/session" })).json().user?.id).toBe(agent.userId);
  });

  it("rate-limits sign-in per email and address with 429, wrong passwords included", async () => {
    const agent = await signUp(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const response = await server.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: agent.email, password: "wrong password here" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    server.clock.advanceSeconds(901);
    const later = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: agent.email, password: testPassword },
    });
    expect(later.statusCode).toBe(200);
  });

  it("changes the password and signs out the other sessions", async () => {
    const agent = await signUp(server);
    const other = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: agent.email, password: testPassword },
    });
    const otherAgent = { ...agent, cookie: sessionCookieOf(other), csrfToken: other.json().csrfToken };
    const wrong = await call(server, agent, {
      method: "POST",
      url: "/api/auth/change-password",
      payload: { currentPassword: "not it at all", newPassword: "a brand new passphrase" },
    });
    expect(wrong.statusCode).toBe(403);
    const changed = await call(server, agent, {
      method: "POST",
      url: "/api/auth/change-password",
      payload: { currentPassword: testPassword, newPassword: "a brand new passphrase" },
    });
    expect(changed.statusCode).toBe(200);
    expect((await call(server, agent, { method: "GET", url: "/api/auth/session" })).json().user?.id).toBe(agent.userId);
    expect((await call(server, otherAgent, { method: "GET", url: "/api/auth/session" })).json()).toEqual({
      user: null,
    });
  });

  it("refuses an expired session and housekeeping deletes it", async () => {
    const agent = await signUp(server);
    server.clock.advanceSeconds(31 * 24 * 3600);
    expect((await call(server, agent, { method: "GET", url: "/api/auth/session" })).json()).toEqual({ user: null });
    await server.services.housekeeping.sweep();
    const rows = await server.testDatabase.database.db
      .selectFrom("sessions")
      .select("id_hash")
      .where("user_id", "=", agent.userId)
      .execute();
    expect(rows).toEqual([]);
  });

  it("uses the __Host- cookie with Secure when served over HTTPS", async () => {
    await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email: "secure@example.test", password: testPassword, name: "Sec" },
    });
    const response = await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { "x-forwarded-proto": "https" },
      payload: { email: "secure@example.test", password: testPassword },
    });
    // Without trustProxy the forwarded header is ignored: plain cookie, no HSTS.
    expect(response.cookies.some((item) => item.name === "bs_session")).toBe(true);
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/services/crypto-tools.ts";
import { mailRateLimits } from "../src/services/email-links.ts";
import { type ReceivedMail, startSmtpInbox as startInbox } from "./support/smtp-inbox.ts";
import { call, sessionCookieOf, signUp, testPassword } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

function linkIn(mail: ReceivedMail | undefined, route: "reset" | "verify"): string {
  const match = new RegExp(`https://run\\.example\\.test/#/${route}/([A-Za-z0-9_-]{43})`).exec(mail?.text ?? "");
  if (!match?.[1]) throw new Error(`no ${route} link in ${JSON.stringify(mail)}`);
  return match[1];
}

describe.each(databaseKinds)("mail on %s", (kind) => {
  let server: TestServer;
  let inbox: Awaited<ReturnType<typeof startInbox>>;
  const received = async (to: string) => {
    await server.services.mailer.idle();
    return inbox.mails.filter((mail) => mail.to.includes(to));
  };
  const post = (url: string, payload: Record<string, unknown>) => server.app.inject({ method: "POST", url, payload });
  /** An account signed in, its sign-up mail delivered and cleared from the inbox. */
  const account = async (options: Parameters<typeof signUp>[1] = {}) => {
    const agent = await signUp(server, options);
    await server.services.mailer.idle();
    inbox.mails.length = 0;
    return agent;
  };

  beforeAll(async () => {
    inbox = await startInbox();
    server = await createTestServer(kind, {
      startJobs: false,
      config: {
        smtpUrl: inbox.url,
        mailFrom: "Backstride <mail@run.example.test>",
        publicUrl: "https://run.example.test",
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await inbox.close();
  });
  beforeEach(() => {
    inbox.mails.length = 0;
  });

  it("sign-up answers 'check your inbox', signs no one in, and mails a verification link that works once", async () => {
    const email = "new.runner@example.test";
    const response = await post("/api/auth/sign-up", { email, password: testPassword, name: "Nia" });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ok: true, checkInbox: true });
    expect(response.cookies).toEqual([]);
    const [mail, ...more] = await received(email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Confirm your email for Backstride");
    const token = linkIn(mail, "verify");

    const signIn = await post("/api/auth/sign-in", { email, password: testPassword });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.emailVerified).toBe(false);

    expect((await post("/api/auth/verify-email", { token })).statusCode).toBe(200);
    const agent = { cookie: sessionCookieOf(signIn), csrfToken: signIn.json().csrfToken };
    const session = await call(
      server,
      { ...agent, userId: "", email, password: testPassword },
      {
        method: "GET",
        url: "/api/auth/session",
      },
    );
    expect(session.json().user.emailVerified).toBe(true);
    const again = await post("/api/auth/verify-email", { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: "bad_request", field: "token" });
  });

  it("sign-up with an existing email answers exactly like a new one and mails the owner a reset link", async () => {
    const owner = await account({ name: "Olive Owner" });
    const fresh = await post("/api/auth/sign-up", {
      email: "someone.new@example.test",
      password: testPassword,
      name: "X",
    });
    const taken = await post("/api/auth/sign-up", {
      email: owner.email,
      password: "an attacker's passphrase",
      name: "X",
    });
    const shape = (r: typeof fresh) => ({
      status: r.statusCode,
      body: r.body,
      cookies: r.cookies,
      headers: Object.keys(r.headers).sort(),
      contentType: r.headers["content-type"],
    });
    expect(shape(taken)).toEqual(shape(fresh));

    const [mail, ...more] = await received(owner.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Someone tried to sign up to Backstride with your email");
    expect(mail?.text).toContain("Olive Owner");
    // The account is unchanged: the stranger's password does not sign in, the owner's still does.
    expect(
      (await post("/api/auth/sign-in", { email: owner.email, password: "an attacker's passphrase" })).statusCode,
    ).toBe(401);
    expect((await post("/api/auth/sign-in", { email: owner.email, password: testPassword })).statusCode).toBe(200);
    // And the mailed link sets a new password.
    const token = linkIn(mail, "reset");
    const reset = await post("/api/auth/reset-password", { token, newPassword: "the owner's new passphrase" });
    expect(reset.statusCode).toBe(200);
    expect(
      (await post("/api/auth/sign-in", { email: owner.email, password: "the owner's new passphrase" })).statusCode,
    ).toBe(200);
  });

  it("forgot password: the link sets a new password once, signs out every device, then is refused", async () => {
    const agent = await account();
    const forgot = await post("/api/auth/forgot-password", { email: agent.email });
    expect(forgot.statusCode).toBe(202);
    expect(forgot.json()).toEqual({ ok: true, checkInbox: true });
    const [mail] = await received(agent.email);
    expect(mail?.subject).toBe("Choose a new Backstride password");
    const token = linkIn(mail, "reset");

    // Only the token's sha256 is at rest.
    const rows = await server.testDatabase.database.db
      .selectFrom("email_tokens")
      .select(["token_hash", "expires_at"])
      .where("purpose", "=", "password-reset")
      .execute();
    const row = rows.find((item) => item.token_hash === sha256Hex(token));
    expect(row?.expires_at).toBe(new Date(server.clock.now().getTime() + 3600_000).toISOString());
    expect(JSON.stringify(rows)).not.toContain(token);

    const first = await post("/api/auth/reset-password", { token, newPassword: "a new long passphrase" });
    expect(first.statusCode).toBe(200);
    expect((await call(server, agent, { method: "GET", url: "/api/auth/session" })).json()).toEqual({ user: null });
    expect((await post("/api/auth/sign-in", { email: agent.email, password: testPassword })).statusCode).toBe(401);
    const signIn = await post("/api/auth/sign-in", { email: agent.email, password: "a new long passphrase" });
    expect(signIn.statusCode).toBe(200);
    // Using the link proved the inbox.
    expect(signIn.json().user.emailVerified).toBe(true);

    const second = await post("/api/auth/reset-password", { token, newPassword: "yet another passphrase" });
    expect(second.statusCode).toBe(400);
    expect(second.json().error).toMatchObject({ code: "bad_request", field: "token" });
    expect(
      (await post("/api/auth/sign-in", { email: agent.email, password: "yet another passphrase" })).statusCode,
    ).toBe(401);
  });

  it("refuses an expired reset link, and a newer link retires the older one", async () => {
    const agent = await account();
    await post("/api/auth/forgot-password", { email: agent.email });
    const expiring = linkIn((await received(agent.email))[0], "reset");
    server.clock.advanceSeconds(61 * 60);
    const late = await post("/api/auth/reset-password", { token: expiring, newPassword: "a new long passphrase" });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe("token");

    inbox.mails.length = 0;
    await post("/api/auth/forgot-password", { email: agent.email });
    const older = linkIn((await received(agent.email))[0], "reset");
    inbox.mails.length = 0;
    await post("/api/auth/forgot-password", { email: agent.email });
    const newer = linkIn((await received(agent.email))[0], "reset");
    expect(
      (await post("/api/auth/reset-password", { token: older, newPassword: "a new long passphrase" })).statusCode,
    ).toBe(400);
    expect(
      (await post("/api/auth/reset-password", { token: newer, newPassword: "a new long passphrase" })).statusCode,
    ).toBe(200);
    expect((await post("/api/auth/sign-in", { email: agent.email, password: testPassword })).statusCode).toBe(401);
  });

  it("forgot password answers the same for an email without an account, and mails no one", async () => {
    const known = await account();
    const unknown = await post("/api/auth/forgot-password", { email: "nobody.here@example.test" });
    const existing = await post("/api/auth/forgot-password", { email: known.email });
    expect({ status: unknown.statusCode, body: unknown.body }).toEqual({
      status: existing.statusCode,
      body: existing.body,
    });
    await server.services.mailer.idle();
    expect(inbox.mails.map((mail) => mail.to)).toEqual([[known.email]]);
  });

  it("a reset link that is not one answers 400 in the JSON error format, never 500", async () => {
    for (const token of ["", "short", "x".repeat(43), "é".repeat(43), 42]) {
      const response = await server.app.inject({
        method: "POST",
        url: "/api/auth/reset-password",
        payload: { token, newPassword: "a new long passphrase" },
        remoteAddress: "198.51.100.7",
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe("token");
    }
    const weak = await post("/api/auth/reset-password", { token: "a".repeat(43), newPassword: "short" });
    expect(weak.json().error).toMatchObject({ code: "validation", field: "newPassword" });
  });

  it("limits link attempts per IP with 429", async () => {
    const tries = mailRateLimits.linkUsePerIp.attempts;
    const attempt = () =>
      server.app.inject({
        method: "POST",
        url: "/api/auth/verify-email",
        payload: { token: "b".repeat(43) },
        remoteAddress: "203.0.113.9",
      });
    for (let i = 0; i < tries; i += 1) expect((await attempt()).statusCode).toBe(400);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("rate_limited");
  });

  it("a coach needs a confirmed email to invite runners; 'send the link again' mails a new one", async () => {
    const coach = await account({ roles: ["coach"], verified: false });
    const refused = await call(server, coach, { method: "POST", url: "/api/invites" });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain("confirm your email");

    const resend = await call(server, coach, { method: "POST", url: "/api/auth/verify-email/resend" });
    expect(resend.statusCode).toBe(202);
    const token = linkIn((await received(coach.email))[0], "verify");
    expect((await post("/api/auth/verify-email", { token })).statusCode).toBe(200);
    expect((await call(server, coach, { method: "POST", url: "/api/invites" })).statusCode).toBe(201);
  });

  it("a runner who never confirms keeps their own data: events, plan and sign-in all work", async () => {
    const runner = await account({ verified: false });
    expect((await call(server, runner, { method: "GET", url: "/api/plan/today" })).statusCode).toBe(200);
    expect((await call(server, runner, { method: "GET", url: "/api/events" })).statusCode).toBe(200);
    expect((await post("/api/auth/sign-in", { email: runner.email, password: testPassword })).statusCode).toBe(200);
  });
});

describe("mail without SMTP_URL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer("sqlite", { startJobs: false });
  });
  afterAll(async () => server.close());

  it("prints the mail, link included, to the server's log for the operator", async () => {
    const email = "offline.operator@example.test";
    await server.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email, password: testPassword, name: "Ola" },
    });
    await server.services.mailer.idle();
    const printed = server.mailLog.join("\n");
    expect(printed).toContain(`pass this on to ${email}`);
    expect(printed).toMatch(/http:\/\/localhost:\d+\/#\/verify\/[A-Za-z0-9_-]{43}/);
    expect(server.services.mailer.sendsMail).toBe(false);
  });
});

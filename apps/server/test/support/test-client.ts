import { randomUUID } from "node:crypto";
import type { Role } from "@backstride/api-contract";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { TestServer } from "./test-server.ts";

export interface Agent {
  userId: string;
  email: string;
  password: string;
  cookie: string;
  csrfToken: string;
}

export const testPassword = "correct horse battery staple";

/** Sends a request as `agent` (cookie + CSRF header), or anonymously. */
export async function call(
  server: TestServer,
  agent: Agent | null,
  options: { method: InjectOptions["method"]; url: string; payload?: unknown; headers?: Record<string, string> },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (agent) {
    headers.cookie = agent.cookie;
    if (options.method !== "GET" && headers["x-csrf-token"] === undefined) headers["x-csrf-token"] = agent.csrfToken;
  }
  return server.app.inject({
    method: options.method,
    url: options.url,
    headers,
    ...(options.payload !== undefined ? { payload: options.payload as InjectOptions["payload"] } : {}),
  });
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((item) => item.name === "bs_session" || item.name === "__Host-bs_session");
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Signs up then signs in over HTTP (the real path, argon2 included). Sign-up answers "check your inbox"
 * and signs no one in; the email counts as confirmed unless `verified: false` (coaches need it to invite).
 */
export async function signUp(
  server: TestServer,
  options: { roles?: Role[]; name?: string; email?: string; verified?: boolean } = {},
): Promise<Agent> {
  const email = options.email ?? `${randomUUID()}@example.test`;
  const created = await server.app.inject({
    method: "POST",
    url: "/api/auth/sign-up",
    payload: { email, password: testPassword, name: options.name ?? "Test Runner", roles: options.roles ?? ["runner"] },
  });
  if (created.statusCode !== 202) throw new Error(`sign-up failed ${created.statusCode}: ${created.body}`);
  const response = await server.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email, password: testPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed ${response.statusCode}: ${response.body}`);
  const body = response.json() as { user: { id: string }; csrfToken: string };
  if (options.verified ?? true) {
    await server.services.repositories.users.markEmailVerified(body.user.id, server.clock.now().toISOString());
  }
  return {
    userId: body.user.id,
    email,
    password: testPassword,
    cookie: sessionCookieOf(response),
    csrfToken: body.csrfToken,
  };
}

let sharedHash: Promise<string> | null = null;

/**
 * Creates a user straight through the repositories with one precomputed password hash: the
 * authorization matrix builds hundreds of users, and argon2 on each would dominate the run.
 */
export async function quickUser(server: TestServer, roles: Role[], name = "Quick User"): Promise<Agent> {
  const { hashPassword } = await import("../../src/services/password-hasher.ts");
  sharedHash ??= hashPassword(testPassword);
  const id = randomUUID();
  const email = `${id}@example.test`;
  const now = server.clock.now().toISOString();
  await server.services.repositories.users.insert({
    id,
    email,
    name,
    roles,
    passwordHash: await sharedHash,
    createdAt: now,
    emailVerifiedAt: now,
  });
  const { defaultProfile, presentUser } = await import("../../src/services/auth-service.ts");
  await server.services.repositories.profiles.upsert(id, defaultProfile(name), now);
  const issued = await server.services.auth.issueSession(
    presentUser({ id, email, name, roles, createdAt: now, emailVerifiedAt: now }),
  );
  return {
    userId: id,
    email,
    password: testPassword,
    cookie: `bs_session=${issued.sessionId}`,
    csrfToken: issued.csrfToken,
  };
}

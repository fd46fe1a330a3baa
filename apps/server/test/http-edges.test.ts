import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../src/http/build-app.ts";
import { call, quickUser } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/** Sends raw bytes to a listening server and returns everything it writes back before closing. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.write(request);
  });
}

function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = "", body = ""] = text.split("\r\n\r\n");
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

const securityHeaderNames = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "cross-origin-opener-policy",
];

describe.each(databaseKinds)("HTTP edges on %s", (kind) => {
  let server: TestServer;
  let secure: App;
  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
    secure = await buildApp({
      config: { ...server.testDatabase.config, secureCookies: true },
      database: await server.testDatabase.reopen(),
      clock: server.clock,
      startJobs: false,
    });
  });
  afterAll(async () => {
    await secure.close();
    await server.close();
  });

  it("answers a signed-out session check with 200 and no user (issue 9, defect 14)", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/auth/session" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ user: null });
    const agent = await quickUser(server, ["runner"]);
    const signedIn = await call(server, agent, { method: "GET", url: "/api/auth/session" });
    expect(signedIn.json()).toMatchObject({ user: { id: agent.userId }, csrfToken: agent.csrfToken });
  });

  it("in secure mode accepts only the __Host- cookie, never the plain one (issue 9, defect 11)", async () => {
    const agent = await quickUser(server, ["runner"]);
    const sessionId = agent.cookie.split("=")[1] ?? "";
    const plain = await secure.app.inject({
      method: "GET",
      url: "/api/profile",
      headers: { cookie: `bs_session=${sessionId}` },
    });
    expect(plain.statusCode).toBe(401);
    const plainCheck = await secure.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: { cookie: `bs_session=${sessionId}` },
    });
    expect(plainCheck.json()).toEqual({ user: null });
    const prefixed = await secure.app.inject({
      method: "GET",
      url: "/api/profile",
      headers: { cookie: `__Host-bs_session=${sessionId}` },
    });
    expect(prefixed.statusCode).toBe(200);
  });

  it("answers an over-long path segment with a JSON 414, the security headers and no echo (defect 11)", async () => {
    const marker = `probe${"x".repeat(300)}`;
    for (const app of [server.app, secure.app]) {
      const response = await app.inject({ method: "GET", url: `/api/imports/${marker}` });
      expect(response.statusCode).toBe(414);
      expect(response.headers["content-type"]).toContain("application/json");
      expect(response.json()).toEqual({ error: { code: "uri_too_long", message: expect.any(String) } });
      expect(response.body).not.toContain("probe");
      for (const name of securityHeaderNames) expect(response.headers[name], name).toBeDefined();
      expect(response.headers["cache-control"]).toBe("no-store");
    }
    const hsts = await secure.app.inject({ method: "GET", url: `/api/imports/${marker}` });
    expect(hsts.headers["strict-transport-security"]).toContain("max-age=");
  });

  it("answers a malformed URL with a JSON 400 that does not echo it", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/shoes/probe%zz" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("bad_request");
    expect(response.body).not.toContain("probe");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("answers headers over the parser's limit with a JSON 431 and the security headers (defect 11)", async () => {
    await secure.app.listen({ port: 0, host: "127.0.0.1" });
    const address = secure.app.server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    const marker = `probe${"y".repeat(40_000)}`;
    const raw = await rawExchange(
      address.port,
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${marker}\r\n\r\n`,
    );
    const response = parseRaw(raw);
    expect(response.status).toBe(431);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(response.body)).toEqual({ error: { code: "headers_too_large", message: expect.any(String) } });
    expect(raw).not.toContain("probe");
    for (const name of securityHeaderNames) expect(response.headers[name], name).toBeDefined();
    expect(response.headers["strict-transport-security"]).toContain("max-age=");

    const longUrl = await rawExchange(address.port, `GET /api/${marker} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(parseRaw(longUrl).status).toBe(431);
    expect(longUrl).not.toContain("probe");
  });
});

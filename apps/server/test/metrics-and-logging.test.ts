import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../src/http/build-app.ts";
import { installRequestIdHeader, loggerOptions, requestIdGenerator } from "../src/http/request-logging.ts";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./support/test-server.ts";

const token = "metrics-token-for-tests-0123456789";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One sample line of the Prometheus text format: name, labels, value. */
function sample(text: string, name: string, labels: Record<string, string>): number | null {
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return null;
}

describe.each(databaseKinds)("GET /api/metrics on %s", (kind) => {
  let testDatabase: TestDatabase;
  let withToken: App;
  let withoutToken: App;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    withToken = await buildApp({
      config: { ...testDatabase.config, metricsToken: token },
      database: testDatabase.database,
      startJobs: false,
    });
    withoutToken = await buildApp({
      config: testDatabase.config,
      database: await testDatabase.reopen(),
      startJobs: false,
    });
  });
  afterAll(async () => {
    await withToken.close();
    await withoutToken.close();
    await testDatabase.dispose();
  });

  const scrape = (app: App, authorization?: string) =>
    app.app.inject({
      method: "GET",
      url: "/api/metrics",
      headers: authorization === undefined ? {} : { authorization },
    });

  it("does not exist unless BACKSTRIDE_METRICS_TOKEN is set", async () => {
    const response = await scrape(withoutToken, `Bearer ${token}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("refuses a scrape without the bearer token, or with another one, in the JSON error format", async () => {
    for (const authorization of [undefined, token, `Bearer ${token}x`, `Basic ${token}`, "Bearer "]) {
      const response = await scrape(withToken, authorization);
      expect(response.statusCode).toBe(401);
      expect(response.headers["www-authenticate"]).toContain("Bearer");
      expect(response.json().error.code).toBe("unauthenticated");
      expect(response.body).not.toContain("# TYPE");
    }
  });

  it("counts requests by route pattern, never by raw path, with a latency histogram", async () => {
    const runnerId = randomUUID();
    for (let i = 0; i < 3; i++) await withToken.app.inject({ method: "GET", url: `/api/athletes/${runnerId}/plan` });
    await withToken.app.inject({ method: "GET", url: "/api/health" });
    const response = await scrape(withToken, `Bearer ${token}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers["cache-control"]).toBe("no-store");
    const text = response.body;
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
    const route = { method: "GET", route: "/api/athletes/:runnerId/plan", status_code: "401" };
    expect(sample(text, "http_requests_total", route)).toBe(3);
    expect(sample(text, "http_request_duration_seconds_count", route)).toBe(3);
    expect(sample(text, "http_request_duration_seconds_bucket", { ...route, le: "+Inf" })).toBe(3);
    expect(sample(text, "http_requests_total", { route: "/api/health", status_code: "200" })).toBe(1);
    expect(text).not.toContain(runnerId);
  });

  it("counts roster views answered with a kept page and read afresh, and the bytes kept", async () => {
    const { services } = withToken;
    const user = (name: string, roles: ("coach" | "runner")[]) =>
      services.auth.createUser({
        email: `${randomUUID()}@example.test`,
        password: "metrics password 1234",
        name,
        roles,
      });
    const coach = await user("Metrics Coach", ["coach"]);
    const runner = await user("Metrics Runner", ["runner"]);
    await services.repositories.coaching.grant(runner.id, coach.id, new Date().toISOString());
    const caller = { id: coach.id, name: "Metrics Coach" };
    // The first view finds the runner's line not written yet and writes it; the second reads the page
    // and keeps it; the third is shown the kept page.
    for (let view = 0; view < 3; view += 1) await services.roster.rosterBody(caller, {});
    const text = (await scrape(withToken, `Bearer ${token}`)).body;
    expect(sample(text, "backstride_roster_views_total", { page: "read" })).toBe(2);
    expect(sample(text, "backstride_roster_views_total", { page: "kept" })).toBe(1);
    expect(sample(text, "backstride_roster_kept_page_bytes", {})).toBeGreaterThan(0);
  });

  it("shows import jobs waiting, event-loop lag and process figures", async () => {
    const email = `${randomUUID()}@example.test`;
    await withToken.app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email, password: "correct horse battery staple", name: "Queued Runner" },
    });
    const user = await testDatabase.database.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", email)
      .executeTakeFirstOrThrow();
    await testDatabase.database.db
      .insertInto("import_jobs")
      .values({
        id: randomUUID(),
        user_id: user.id,
        file_name: "export.zip",
        status: "queued",
        total_files: 0,
        processed_files: 0,
        results: "[]",
        payload: null,
        lease_until: null,
        created_at: "2026-03-10T09:00:00.000Z",
        finished_at: null,
      })
      .execute();
    const text = (await scrape(withToken, `Bearer ${token}`)).body;
    expect(sample(text, "backstride_import_jobs", { status: "queued" })).toBe(1);
    expect(sample(text, "backstride_import_jobs", { status: "running" })).toBe(0);
    expect(sample(text, "backstride_import_decodes_in_flight", {})).toBe(0);
    expect(sample(text, "backstride_info", { database: kind })).toBe(1);
    expect(sample(text, "nodejs_eventloop_lag_seconds", {})).toBeGreaterThanOrEqual(0);
    expect(sample(text, "nodejs_eventloop_lag_p99_seconds", {})).toBeGreaterThanOrEqual(0);
    expect(sample(text, "process_resident_memory_bytes", {})).toBeGreaterThan(0);
    expect(sample(text, "process_cpu_seconds_total", {})).toBeGreaterThan(0);
  });
});

describe("request ids", () => {
  let testDatabase: TestDatabase;
  let server: App;
  beforeAll(async () => {
    testDatabase = await createTestDatabase("sqlite");
    server = await buildApp({ config: testDatabase.config, database: testDatabase.database, startJobs: false });
  });
  afterAll(async () => {
    await server.close();
    await testDatabase.dispose();
  });

  it("gives every answer its own random X-Request-Id, errors included, and ignores a client's", async () => {
    const ids = new Set<string>();
    for (const url of ["/api/health", "/api/health", "/api/no-such-route", "/api/profile"]) {
      const response = await server.app.inject({
        method: "GET",
        url,
        headers: { "x-request-id": "forged-by-client-1" },
      });
      const id = response.headers["x-request-id"];
      expect(id).toMatch(uuidPattern);
      ids.add(String(id));
    }
    expect(ids.size).toBe(4);
  });

  it("keeps the id a trusted reverse proxy set, when it is a plain token", () => {
    const fromProxy = requestIdGenerator(true);
    const request = (id: string) => ({ headers: { "x-request-id": id } }) as never;
    expect(fromProxy(request("lb-7f3a9c21"))).toBe("lb-7f3a9c21");
    expect(fromProxy(request('x"}\n{"level":60'))).toMatch(uuidPattern);
    expect(requestIdGenerator(false)(request("lb-7f3a9c21"))).toMatch(uuidPattern);
  });
});

describe("structured logs", () => {
  it("write JSON lines with the request id and route, and no query string, headers, body or driver details", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    const options = loggerOptions("info");
    const app = Fastify({
      logger: { ...(options as object), stream },
      genReqId: requestIdGenerator(false),
    });
    installRequestIdHeader(app);
    app.post("/api/things/:thingId", async () => {
      throw Object.assign(new Error("duplicate key value violates unique constraint"), {
        code: "23505",
        detail: "Key (email)=(runner@example.com) already exists.",
      });
    });
    const response = await app.inject({
      method: "POST",
      url: "/api/things/42?token=secret-reset-token",
      headers: { cookie: "bs_session=session-secret", "content-type": "application/json" },
      payload: { email: "runner@example.com", pain0to10: 7 },
    });
    await app.close();
    const requestId = response.headers["x-request-id"];
    expect(requestId).toMatch(uuidPattern);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = entries.filter((entry) => entry.reqId === requestId);
    expect(mine.map((entry) => entry.msg)).toEqual(expect.arrayContaining(["incoming request", "request completed"]));
    const incoming = mine.find((entry) => entry.msg === "incoming request");
    expect(incoming?.req).toMatchObject({ method: "POST", path: "/api/things/42", route: "/api/things/:thingId" });
    const failed = mine.find((entry) => entry.err !== undefined);
    expect(failed?.err).toMatchObject({ code: "23505", message: "duplicate key value violates unique constraint" });
    const all = lines.join("\n");
    for (const secret of ["secret-reset-token", "session-secret", "runner@example.com", "pain0to10"]) {
      expect(all).not.toContain(secret);
    }
  });
});

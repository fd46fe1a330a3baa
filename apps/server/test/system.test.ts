import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { routeList } from "@backstride/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/http/build-app.ts";
import { call, sessionCookieOf, signUp, testPassword } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

describe.each(databaseKinds)("system routes on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(async () => server.close());

  it("reports health with the database kind and version", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toEqual({ status: "ok", database: kind, version: expect.any(String) });
  });

  it("publishes an OpenAPI 3.1 document with every route of the contract", async () => {
    const document = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.entries(
      document.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap(([, methods]) => Object.values(methods).map((operation) => operation.operationId));
    expect(operations.sort()).toEqual(routeList.map((route) => route.id).sort());
    const signUp = document.paths["/api/auth/sign-up"].post;
    expect(signUp.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["email", "password", "name"]),
    );
    expect(document.paths["/api/shoes/{shoeId}"].patch.parameters[0]).toMatchObject({ name: "shoeId", in: "path" });
  });

  it("lists the routes on a docs page without inline scripts or styles", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/docs" });
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("/api/plan/today");
    expect(response.body).not.toMatch(/<script|style=|<style/);
  });

  it("serves a second instance on the same database: sessions and the plan follow writes made elsewhere", async () => {
    const agent = await signUp(server);
    server.clock.current = new Date("2026-03-10T12:00:00Z");
    const other = await buildApp({
      config: server.testDatabase.config,
      database: await server.testDatabase.reopen(),
      clock: server.clock,
      startJobs: false,
    });
    try {
      const viaOther = (url: string) => other.app.inject({ method: "GET", url, headers: { cookie: agent.cookie } });
      const before = (await viaOther("/api/plan/today")).json();
      await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: { events: [testEvents.triage("2026-03-10", { "saddle-numbness": true })] },
      });
      const after = (await viaOther("/api/plan/today")).json();
      expect(after.runningAllowed).toBe(false);
      expect(after).not.toEqual(before);
      await call(server, agent, { method: "POST", url: "/api/auth/sign-out" });
      expect((await viaOther("/api/auth/session")).json()).toEqual({ user: null });
    } finally {
      await other.close();
    }
  });
});

describe("web app, cookies and headers", () => {
  let server: TestServer;
  let webDir: string;
  beforeAll(async () => {
    server = await createTestServer("sqlite");
    webDir = join(server.testDatabase.config.dataDir, "web");
    mkdirSync(join(webDir, "assets"), { recursive: true });
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>Backstride</title>");
    writeFileSync(join(webDir, "sw.js"), "self.addEventListener('fetch', () => {});");
    writeFileSync(join(webDir, "assets", "app-abc123.js"), "console.log(1)");
  });
  afterAll(async () => server.close());

  it("serves the built app, falls back to index.html for client routes, and never caches the service worker", async () => {
    const { app, close } = await buildApp({
      config: { ...server.testDatabase.config, webDistDir: webDir },
      database: await server.testDatabase.reopen(),
      startJobs: false,
    });
    try {
      const route = await app.inject({ method: "GET", url: "/plan/today" });
      expect(route.statusCode).toBe(200);
      expect(route.body).toContain("<title>Backstride</title>");
      expect(route.headers["content-security-policy"]).toContain("default-src 'self'");
      const worker = await app.inject({ method: "GET", url: "/sw.js" });
      expect(worker.headers["cache-control"]).toBe("no-cache");
      const asset = await app.inject({ method: "GET", url: "/assets/app-abc123.js" });
      expect(asset.headers["cache-control"]).toContain("immutable");
      const api = await app.inject({ method: "GET", url: "/api/unknown" });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe("not_found");
    } finally {
      await close();
    }
  });

  it("uses __Host-bs_session with Secure and sends HSTS when configured for HTTPS", async () => {
    const { app, close } = await buildApp({
      config: { ...server.testDatabase.config, secureCookies: true },
      database: await server.testDatabase.reopen(),
      startJobs: false,
    });
    try {
      const created = await app.inject({
        method: "POST",
        url: "/api/auth/sign-up",
        payload: { email: "https@example.test", password: testPassword, name: "Https" },
      });
      expect(created.statusCode).toBe(202);
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { email: "https@example.test", password: testPassword },
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((item) => item.name === "__Host-bs_session");
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: "/", sameSite: "Lax" });
      expect(cookie?.domain).toBeUndefined();
      expect(response.headers["strict-transport-security"]).toContain("max-age=");
      const session = await app.inject({
        method: "GET",
        url: "/api/auth/session",
        headers: { cookie: sessionCookieOf(response) },
      });
      expect(session.statusCode).toBe(200);
    } finally {
      await close();
    }
  });
});

import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Database } from "../database/create-database.ts";

/**
 * Process-wide figures (CPU, memory, handles, garbage collection, event-loop lag from
 * `monitorEventLoopDelay`) belong to the process, not to one app, so one registry gathers them however
 * many apps a process builds (tests build dozens; each collector would otherwise start its own monitor).
 */
let processRegistry: Registry | null = null;

function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 10 });
  }
  return processRegistry;
}

/** Requests that matched no route are counted under one label, so scanners cannot grow the series. */
const unmatchedRoute = "(no route)";

/** The route pattern (`/api/runners/:runnerId/plan`), never the raw path with its ids. */
function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? unmatchedRoute;
}

export interface MetricsOptions {
  database: Database;
  /** The version and database kind, shown as labels of `backstride_info`. */
  version: string;
  /** Scrapes must send `Authorization: Bearer <token>`; null: no metrics route at all. */
  token: string | null;
  /** Files this process is decoding in its worker threads right now. */
  decodesInFlight: () => number;
  /** Roster views answered with a kept page and read afresh since start, and the pages kept now. */
  rosterViews: () => { kept: number; read: number; keptPages: number; keptBytes: number };
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Compares digests so neither the token's length nor its prefix leaks through timing. */
function bearerMatches(header: string | undefined, expectedDigest: Buffer): boolean {
  if (typeof header !== "string") return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return false;
  return timingSafeEqual(sha256(match[1]), expectedDigest);
}

/**
 * Counts every request (rate and latency by route) and, when a token is configured, serves
 * `GET /api/metrics` in the Prometheus text format for a scraper holding that token.
 */
export function installMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const registry = new Registry();
  const labelNames = ["method", "route", "status_code"] as const;
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route pattern and status code.",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from receiving a request to sending its answer, by method, route pattern and status code.",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "backstride_info",
    help: "Always 1; the labels say which version runs on which database.",
    labelNames: ["version", "database"],
    registers: [registry],
  })
    .labels(options.version, options.database.kind)
    .set(1);

  const { db } = options.database;
  new Gauge({
    name: "backstride_import_jobs",
    help: "Archive import jobs waiting or being read, across every instance sharing the database.",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const rows = await db
        .selectFrom("import_jobs")
        .select(["status", (eb) => eb.fn.countAll<number>().as("jobs")])
        .where("status", "in", ["queued", "running"])
        .groupBy("status")
        .execute();
      this.reset();
      this.labels("queued").set(0);
      this.labels("running").set(0);
      for (const row of rows) this.labels(row.status).set(Number(row.jobs));
    },
  });

  new Gauge({
    name: "backstride_import_decodes_in_flight",
    help: "Uploaded files or archive entries this process is decoding in its worker threads right now.",
    registers: [registry],
    collect() {
      this.set(options.decodesInFlight());
    },
  });

  new Counter({
    name: "backstride_roster_views_total",
    help: "Roster pages this process sent: a kept page the database confirmed unchanged, or one read afresh.",
    labelNames: ["page"],
    registers: [registry],
    collect() {
      // The roster service counts; a scrape copies its totals.
      const views = options.rosterViews();
      this.reset();
      this.inc({ page: "kept" }, views.kept);
      this.inc({ page: "read" }, views.read);
    },
  });

  new Gauge({
    name: "backstride_roster_kept_page_bytes",
    help: "Bytes of rendered roster pages this process keeps for repeated views (BACKSTRIDE_ROSTER_CACHE_MB bounds them).",
    registers: [registry],
    collect() {
      this.set(options.rosterViews().keptBytes);
    },
  });

  app.addHook("onResponse", async (request, reply) => {
    const labels = { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });

  if (options.token === null) return;
  const expectedDigest = sha256(options.token);
  app.get("/api/metrics", async (request, reply) => {
    if (!bearerMatches(request.headers.authorization, expectedDigest)) {
      return reply
        .status(401)
        .header("www-authenticate", 'Bearer realm="metrics"')
        .send({ error: { code: "unauthenticated", message: "send Authorization: Bearer <BACKSTRIDE_METRICS_TOKEN>" } });
    }
    const text = (await processMetrics().metrics()) + (await registry.metrics());
    return reply.type(registry.contentType).send(text);
  });
}

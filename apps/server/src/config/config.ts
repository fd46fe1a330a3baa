import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseTrustProxy, type TrustProxy } from "../http/trust-proxy.ts";
import { type ImportCapacity, importCapacityFrom } from "./import-capacity.ts";

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

/** Everything the server reads from its environment, typed, with units in the names. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Where SQLite files live (BACKSTRIDE_DATA_DIR, default ./data). */
  dataDir: string;
  /** PostgreSQL when set (DATABASE_URL); SQLite in dataDir otherwise. */
  databaseUrl: string | null;
  /** PostgreSQL schema to use (tests give each file its own); default: the server's search_path. */
  postgresSchema: string | null;
  /**
   * Fixed query shapes run as named prepared statements on PostgreSQL (BACKSTRIDE_PG_PREPARED, default
   * on; "0" for a connection pooler that cannot keep them, such as PgBouncer before 1.21 in
   * transaction mode).
   */
  postgresPreparedStatements: boolean;
  /** Cookies get Secure and the __Host- prefix, and HSTS is sent (BACKSTRIDE_SECURE_COOKIES=1). */
  secureCookies: boolean;
  /**
   * Which reverse proxies may name the client in X-Forwarded-* (BACKSTRIDE_TRUST_PROXY): a hop count
   * (1 = one proxy in front) or a list of proxy addresses/CIDRs; unset: none (see http/trust-proxy.ts).
   */
  trustProxy: TrustProxy;
  /** The built web app; served when it exists. */
  webDistDir: string;
  version: string;
  bodyLimitBytes: number;
  sessionMaxAgeSeconds: number;
  /** `GET /api/metrics` answers a scraper sending this bearer token (BACKSTRIDE_METRICS_TOKEN); null: no such route. */
  metricsToken: string | null;
  /** JSON request logs to stdout at this level (BACKSTRIDE_LOG_LEVEL, default info; silent for none). */
  logLevel: LogLevel;
  /** Bounds on imports: concurrent uploads, decoding threads, archive limits (see import-capacity.ts). */
  importCapacity: ImportCapacity;
  /**
   * Memory for rendered roster pages kept for a coach's repeated views (BACKSTRIDE_ROSTER_CACHE_MB,
   * default 32; 0 keeps none and reads every view afresh). Each use is checked against the database.
   */
  rosterCacheBytes: number;
  /** Where mail goes (SMTP_URL, e.g. smtps://user:pass@mail.example.com); null: links are printed to the log. */
  smtpUrl: string | null;
  /** The sender of every mail (MAIL_FROM). */
  mailFrom: string;
  /**
   * The address runners open the app at (BACKSTRIDE_PUBLIC_URL), for links in mails. Never taken from
   * a request's Host header: a forged one would send reset links to the sender's own site.
   */
  publicUrl: string;
}

export const repositoryRoot = resolve(fileURLToPath(new URL("../../../..", import.meta.url)));

function readVersion(): string {
  const text = readFileSync(join(repositoryRoot, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

function parseMetricsToken(value: string | undefined): string | null {
  if (value === undefined || value === "") return null;
  // The route is on the public port: a short token could be guessed.
  if (value.length < 16 || /\s/.test(value)) {
    throw new Error(
      "BACKSTRIDE_METRICS_TOKEN must be at least 16 characters with no spaces (e.g. openssl rand -hex 32)",
    );
  }
  return value;
}

function parseOnOff(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (value === "1") return true;
  if (value === "0") return false;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}

function parseMegabytes(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback * 1024 * 1024;
  const megabytes = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(megabytes) || megabytes > 65_536) {
    throw new Error(`${name} must be a whole number of megabytes from 0 to 65536, got "${value}"`);
  }
  return megabytes * 1024 * 1024;
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === "") return "info";
  const level = logLevels.find((item) => item === value);
  if (!level) throw new Error(`BACKSTRIDE_LOG_LEVEL must be one of ${logLevels.join(", ")}, got "${value}"`);
  return level;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parsePublicUrl(value: string | undefined, port: number): string {
  if (value === undefined || value === "") return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BACKSTRIDE_PUBLIC_URL must be an http(s) address such as https://run.example.com, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`BACKSTRIDE_PUBLIC_URL must start with http:// or https://, got "${value}"`);
  }
  return url.origin + url.pathname.replace(/\/+$/, "");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST ?? "0.0.0.0",
    dataDir: resolve(env.BACKSTRIDE_DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL ? env.DATABASE_URL : null,
    postgresSchema: null,
    postgresPreparedStatements: parseOnOff("BACKSTRIDE_PG_PREPARED", env.BACKSTRIDE_PG_PREPARED, true),
    secureCookies: env.BACKSTRIDE_SECURE_COOKIES === "1",
    trustProxy: parseTrustProxy(env.BACKSTRIDE_TRUST_PROXY),
    webDistDir: resolve(env.BACKSTRIDE_WEB_DIST ?? join(repositoryRoot, "apps/web/dist")),
    version: readVersion(),
    bodyLimitBytes: 1024 * 1024,
    sessionMaxAgeSeconds: 30 * 24 * 3600,
    metricsToken: parseMetricsToken(env.BACKSTRIDE_METRICS_TOKEN),
    logLevel: parseLogLevel(env.BACKSTRIDE_LOG_LEVEL),
    importCapacity: importCapacityFrom(env.BACKSTRIDE_IMPORT_THREADS),
    rosterCacheBytes: parseMegabytes("BACKSTRIDE_ROSTER_CACHE_MB", env.BACKSTRIDE_ROSTER_CACHE_MB, 32),
    smtpUrl: env.SMTP_URL ? env.SMTP_URL : null,
    mailFrom: env.MAIL_FROM ? env.MAIL_FROM : "Backstride <backstride@localhost>",
    publicUrl: parsePublicUrl(env.BACKSTRIDE_PUBLIC_URL, parsePort(env.PORT)),
  };
}

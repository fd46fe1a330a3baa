import { type RouteDefinition, routeList } from "@backstride/api-contract";
import fastifyCookie from "@fastify/cookie";
import fastifyMultipart from "@fastify/multipart";
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerConfig } from "../config/config.ts";
import type { Database } from "../database/create-database.ts";
import { routeHandlers } from "../routes/route-handlers.ts";
import { type Clock, systemClock } from "../services/clock.ts";
import type { MailLog } from "../services/mailer.ts";
import { defaultRateLimits, type RateLimits } from "../services/rate-limiter.ts";
import { createServices, type Services } from "../services/services.ts";
import { clientErrorHandler, frameworkErrorHandler, installErrorHandler } from "./error-handler.ts";
import { installMetrics } from "./metrics.ts";
import { registerRoute } from "./register-route.ts";
import type { Handler } from "./request-context.ts";
import { installRequestIdHeader, loggerOptions, requestIdGenerator } from "./request-logging.ts";
import { installSecurityHeaders } from "./security-headers.ts";
import { installStaticWebApp } from "./static-web-app.ts";
import { fastifyTrustProxy } from "./trust-proxy.ts";

export interface AppOptions {
  config: ServerConfig;
  database: Database;
  clock?: Clock;
  /** Overrides of the default limits (tests tighten them). */
  rateLimits?: Partial<RateLimits>;
  /** Request logging (off in tests and benchmarks). */
  logger?: boolean;
  /** Where mail goes when SMTP_URL is not set; default stdout (tests read it here). */
  mailLog?: MailLog;
  /** Start the background work: the import worker (resumes unfinished jobs) and housekeeping. Default true. */
  startJobs?: boolean;
}

export interface App {
  app: FastifyInstance;
  services: Services;
  close: () => Promise<void>;
}

/** Our own export may be large (a year of events); every other JSON body stays under the default. */
const largeBodyRoutes: Partial<Record<string, number>> = { importExport: 32 * 1024 * 1024 };

/** Builds the HTTP app over an open, migrated database. The caller owns the database. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config, database } = options;
  const services = createServices({
    database,
    config,
    clock: options.clock ?? systemClock,
    rateLimits: { ...defaultRateLimits, ...options.rateLimits },
    ...(options.mailLog ? { mailLog: options.mailLog } : {}),
  });
  const app = Fastify({
    logger: options.logger ? loggerOptions(config.logLevel) : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    genReqId: requestIdGenerator(config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true },
    // Router and HTTP-parser errors (414, 431, bad URLs) get the JSON format and security headers too.
    frameworkErrors: frameworkErrorHandler(config.secureCookies),
    clientErrorHandler: clientErrorHandler(config.secureCookies),
  });
  installErrorHandler(app);
  installRequestIdHeader(app);
  installMetrics(app, {
    database,
    version: config.version,
    token: config.metricsToken,
    decodesInFlight: () => services.importDecoder.inFlight,
    rosterViews: () => services.roster.views,
  });
  installSecurityHeaders(app, config.secureCookies);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fieldSize: 1024, fields: 10, parts: 1000, headerPairs: 100 } });

  for (const route of routeList as readonly RouteDefinition[]) {
    const handler = (routeHandlers as unknown as Record<string, Handler<RouteDefinition>>)[route.id];
    if (!handler) throw new Error(`route ${route.id} has no handler`);
    const bodyLimitBytes = largeBodyRoutes[route.id];
    registerRoute(app, route, handler, services, bodyLimitBytes ? { bodyLimitBytes } : {});
  }

  const servesWebApp = await installStaticWebApp(app, config.webDistDir);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (servesWebApp && request.method === "GET" && !path.startsWith("/api/") && path !== "/api") {
      // Client-side routes of the single-page app all load its shell.
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    return reply.status(404).send({ error: { code: "not_found", message: "no such route" } });
  });

  await app.ready();
  if (options.startJobs ?? true) {
    services.importJobs.start();
    services.housekeeping.start();
  }
  return {
    app,
    services,
    close: async () => {
      services.housekeeping.stop();
      await services.alerts.idle();
      await services.importJobs.stop();
      await services.importDecoder.close();
      await app.close();
      await services.mailer.close();
    },
  };
}

import { timingSafeEqual } from "node:crypto";
import type { RouteDefinition } from "@backstride/api-contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { idempotencyLeaseSeconds } from "../repositories/idempotency-repository.ts";
import { canonicalJson, sha256Hex } from "../services/crypto-tools.ts";
import type { Services } from "../services/services.ts";
import { acceptsGzip } from "./accepts-gzip.ts";
import { ApiError, forbidden, unauthenticated } from "./api-error.ts";
import { type AuthContext, type Handler, RawBody } from "./request-context.ts";
import { readSessionCookie } from "./session-cookie.ts";
import { parseOrThrow } from "./validation.ts";

function tokensMatch(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function authenticate(route: RouteDefinition, request: FastifyRequest, services: Services) {
  const sessionId = readSessionCookie(request, services.config.secureCookies);
  const session = sessionId ? await services.auth.sessionFor(sessionId) : null;
  if (route.auth === "public") return session ? { session, userId: session.user.id } : null;
  if (!session) throw unauthenticated();
  const roles = session.user.roles;
  if (route.auth === "runner" && !roles.includes("runner")) throw forbidden("this needs a runner account");
  if (route.auth === "coach" && !roles.includes("coach")) throw forbidden("this needs a coach account");
  // Cookies ride along on cross-site form posts; the token in a header cannot, so it proves the origin.
  if (request.method !== "GET" && request.method !== "HEAD") {
    const sent = request.headers["x-csrf-token"];
    if (typeof sent !== "string" || !tokensMatch(sent, session.csrfToken)) {
      throw new ApiError(403, "csrf", "missing or wrong x-csrf-token header");
    }
  }
  return { session, userId: session.user.id };
}

/**
 * Routes about one athlete (`:runnerId`) need that runner's live consent, read from the database on
 * every request so a revoke applies to the very next one; every read is written to the audit log.
 */
async function checkAthleteAccess(
  route: RouteDefinition,
  auth: AuthContext,
  params: unknown,
  services: Services,
): Promise<void> {
  if (!route.path.includes(":runnerId")) return;
  const runnerId = (params as { runnerId: string }).runnerId;
  await services.coaching.requireAccess(auth.session.user, runnerId);
  if (route.consent === "adjust" && (await services.repositories.carers.role(runnerId, auth.userId)) !== "adjust") {
    throw forbidden("this runner lets you view their plan, not change it");
  }
  if (route.method === "GET") {
    await services.coaching.audit(auth.session.user, runnerId, route.id);
  }
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

async function withIdempotency(
  route: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
  auth: AuthContext | null,
  services: Services,
  fingerprint: unknown,
  run: () => Promise<unknown>,
): Promise<unknown> {
  const header = request.headers["idempotency-key"];
  if (!route.idempotencyKey || header === undefined || !auth) return run();
  if (typeof header !== "string" || !idempotencyKeyPattern.test(header)) {
    throw new ApiError(400, "validation", "Idempotency-Key must be 1-200 visible ASCII characters", "Idempotency-Key");
  }
  const repository = services.repositories.idempotency;
  const bodyHash = sha256Hex(canonicalJson(fingerprint));
  const now = services.clock.now().toISOString();
  if (!(await repository.reserve(auth.userId, route.id, header, bodyHash, now))) {
    const stored = await repository.find(auth.userId, route.id, header);
    if (!stored || stored.bodyHash !== bodyHash) {
      throw new ApiError(409, "conflict", "this Idempotency-Key was used with a different request", "Idempotency-Key");
    }
    if (stored.statusCode === 0) {
      throw new ApiError(409, "conflict", "a request with this Idempotency-Key is still running", "Idempotency-Key");
    }
    reply.status(stored.statusCode).header("idempotent-replayed", "true");
    return new RawBody(stored.responseBody, "application/json; charset=utf-8");
  }
  // A live request renews its claim; a crashed one stops, so its key frees up after the lease.
  const heartbeat = setInterval(
    () => {
      repository.renew(auth.userId, route.id, header, services.clock.now().toISOString()).catch(() => {});
    },
    (idempotencyLeaseSeconds * 1000) / 3,
  );
  heartbeat.unref();
  try {
    const result = await run();
    const text = result instanceof RawBody ? result.text.toString() : JSON.stringify(result);
    await repository.complete(auth.userId, route.id, header, route.successStatus, text);
    return result;
  } catch (error) {
    await repository.release(auth.userId, route.id, header);
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/** Registers one contract route: authentication, role, CSRF, consent, validation, idempotency, handler. */
export function registerRoute<R extends RouteDefinition>(
  app: FastifyInstance,
  route: R,
  handler: Handler<R>,
  services: Services,
  options: { bodyLimitBytes?: number } = {},
): void {
  app.route({
    method: route.method,
    url: route.path,
    ...(options.bodyLimitBytes ? { bodyLimit: options.bodyLimitBytes } : {}),
    handler: async (request, reply) => {
      const auth = await authenticate(route, request, services);
      const params = route.params ? parseOrThrow(route.params, request.params, "path") : {};
      if (auth) await checkAthleteAccess(route, auth, params, services);
      const query = route.query ? parseOrThrow(route.query, request.query ?? {}, "query") : {};
      const body = route.body ? parseOrThrow(route.body, request.body ?? {}, "body") : undefined;
      const result = await withIdempotency(route, request, reply, auth, services, { params, body }, () =>
        handler({
          params,
          query,
          body,
          auth,
          request,
          reply,
          services,
        } as unknown as Parameters<Handler<R>>[0]),
      );
      if (reply.statusCode === 200) reply.status(route.successStatus);
      if (result instanceof RawBody) {
        reply.type(result.contentType);
        if (result.gzipped) {
          reply.header("vary", "accept-encoding");
          if (acceptsGzip(request)) return reply.header("content-encoding", "gzip").send(result.gzipped);
        }
        return reply.send(result.text);
      }
      return reply.type("application/json; charset=utf-8").send(JSON.stringify(result));
    },
  });
}

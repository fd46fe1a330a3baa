import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from "fastify";
import type { LogLevel } from "../config/config.ts";

export const requestIdHeader = "x-request-id";

/** What a proxy may hand us as a request id: short, printable, nothing that could forge a log line. */
const acceptableRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * A fresh random id per request (ids must not be guessable from one another), or the id a trusted
 * reverse proxy already gave the request, so one id follows it through the proxy's logs and ours.
 */
export function requestIdGenerator(trustProxy: unknown): (request: IncomingMessage) => string {
  return (request) => {
    const sent = request.headers[requestIdHeader];
    if (trustProxy && typeof sent === "string" && acceptableRequestId.test(sent)) return sent;
    return randomUUID();
  };
}

/** The path only: query strings may carry one-time tokens (mailed links), which never go to a log. */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * JSON lines (pino) with the request id on every line (`reqId`). Only what an operator needs to follow
 * a request is written: method, path, route pattern, status, time. Headers (cookies, tokens) and
 * bodies (health data, emails) never are; an error is logged by its type, code, message and stack,
 * without the fields a driver attaches (PostgreSQL's `detail` repeats the offending values).
 */
export function loggerOptions(level: LogLevel): FastifyServerOptions["logger"] {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        path: pathOf(request.url),
        route: request.routeOptions?.url,
        remoteAddress: request.ip,
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error & { code?: unknown; statusCode?: unknown }) => ({
        type: error.name,
        message: error.message,
        ...(typeof error.code === "string" ? { code: error.code } : {}),
        ...(typeof error.statusCode === "number" ? { statusCode: error.statusCode } : {}),
        stack: error.stack ?? "",
      }),
    },
  };
}

/** Every answer names its request id, so a user's report can be matched to the log line. */
export function installRequestIdHeader(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });
}

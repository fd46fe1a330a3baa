import type { FastifyInstance } from "fastify";
import { isSecureRequest } from "./session-cookie.ts";

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** On every response, API or static: the app holds health data, so nothing may be framed or sniffed. */
export function installSecurityHeaders(app: FastifyInstance, secureCookies: boolean): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("content-security-policy", contentSecurityPolicy);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("cross-origin-opener-policy", "same-origin");
    if (isSecureRequest(request, secureCookies)) {
      reply.header("strict-transport-security", "max-age=63072000; includeSubDomains");
    }
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
    return payload;
  });
}

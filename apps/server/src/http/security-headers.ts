import type { FastifyInstance } from "fastify";
import { isSecureRequest } from "./session-cookie.ts";

export const contentSecurityPolicy = [
  "default-src 'self'",
  // The form check's pose model runs in WebAssembly (docs/decisions/form-check-model.md); this allows
  // compiling it, not eval of JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // The runner's own video, read from the phone as a blob: URL for the form check; never uploaded.
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The headers every response carries. `secure` adds HSTS; `api` adds no-store, because API answers hold
 * health data that no shared cache may keep.
 */
export function securityHeaders(options: { secure: boolean; api: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
  };
  if (options.secure) headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  if (options.api) headers["cache-control"] = "no-store";
  return headers;
}

/** On every response, API or static: the app holds health data, so nothing may be framed or sniffed. */
export function installSecurityHeaders(app: FastifyInstance, secureCookies: boolean): void {
  app.addHook("onSend", async (request, reply, payload) => {
    reply.headers(
      securityHeaders({ secure: isSecureRequest(request, secureCookies), api: request.url.startsWith("/api/") }),
    );
    return payload;
  });
}

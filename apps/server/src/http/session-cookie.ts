import type {} from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";

export const plainCookieName = "bs_session";
/** The __Host- prefix makes the browser refuse the cookie unless Secure, host-only and Path=/. */
export const secureCookieName = "__Host-bs_session";

export function isSecureRequest(request: FastifyRequest, secureCookies: boolean): boolean {
  return secureCookies || request.protocol === "https";
}

/**
 * Over HTTPS only the __Host- cookie counts: a plain `bs_session` can be planted by a sibling subdomain
 * or a plain-HTTP response (cookie tossing), so honouring it would undo what the prefix guarantees.
 */
export function readSessionCookie(request: FastifyRequest, secureCookies: boolean): string | null {
  if (isSecureRequest(request, secureCookies)) return request.cookies[secureCookieName] ?? null;
  return request.cookies[plainCookieName] ?? null;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  secureCookies: boolean,
  sessionId: string,
  maxAgeSeconds: number,
): void {
  const secure = isSecureRequest(request, secureCookies);
  reply.setCookie(secure ? secureCookieName : plainCookieName, sessionId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, secureCookies: boolean): void {
  const secure = isSecureRequest(request, secureCookies);
  reply.clearCookie(secure ? secureCookieName : plainCookieName, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure,
  });
}

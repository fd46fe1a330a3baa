import type { Handlers } from "../../http/request-context.ts";
import { clearSessionCookie, readSessionCookie, setSessionCookie } from "../../http/session-cookie.ts";

export const authHandlers: Pick<
  Handlers,
  "signUp" | "signIn" | "signOut" | "session" | "changePassword" | "deleteAccount"
> = {
  signUp: async ({ body, request, services }) => {
    await services.signUp.signUp(body, request.ip);
    return { ok: true, checkInbox: true };
  },
  signIn: async ({ body, request, reply, services }) => {
    const issued = await services.auth.signIn(
      body,
      request.ip,
      readSessionCookie(request, services.config.secureCookies),
    );
    setSessionCookie(request, reply, services.config.secureCookies, issued.sessionId, issued.maxAgeSeconds);
    return { user: issued.user, csrfToken: issued.csrfToken };
  },
  signOut: async ({ auth, request, reply, services }) => {
    await services.auth.signOut(auth.session);
    clearSessionCookie(request, reply, services.config.secureCookies);
    return { ok: true };
  },
  session: async ({ auth }) => (auth ? { user: auth.session.user, csrfToken: auth.session.csrfToken } : { user: null }),
  changePassword: async ({ auth, body, services }) => {
    await services.auth.changePassword(auth.session, body.currentPassword, body.newPassword);
    return { ok: true };
  },
  deleteAccount: async ({ auth, body, request, reply, services }) => {
    await services.auth.deleteAccount(auth.session, body.password);
    clearSessionCookie(request, reply, services.config.secureCookies);
    return { ok: true };
  },
};

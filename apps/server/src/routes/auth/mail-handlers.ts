import type { Handlers } from "../../http/request-context.ts";

/** Password reset and email verification: the routes behind the links Backstride mails. */
export const mailHandlers: Pick<Handlers, "forgotPassword" | "resetPassword" | "verifyEmail" | "resendVerification"> = {
  forgotPassword: async ({ body, request, services }) => {
    await services.passwordReset.requestReset(body.email, request.ip);
    return { ok: true, checkInbox: true };
  },
  resetPassword: async ({ body, request, services }) => {
    await services.passwordReset.resetPassword(body.token, body.newPassword, request.ip);
    return { ok: true };
  },
  verifyEmail: async ({ body, request, services }) => {
    await services.emailVerification.verify(body.token, request.ip);
    return { ok: true };
  },
  resendVerification: async ({ auth, services }) => {
    await services.emailVerification.resend(auth.session.user);
    return { ok: true, checkInbox: true };
  },
};

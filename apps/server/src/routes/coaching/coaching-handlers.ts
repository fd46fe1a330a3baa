import { forbidden } from "../../http/api-error.ts";
import { type Handlers, RawBody } from "../../http/request-context.ts";

type CoachingRoutes =
  | "createInvite"
  | "getInvite"
  | "acceptInvite"
  | "listAccess"
  | "revokeAccess"
  | "listAudit"
  | "listAthletes"
  | "athletePlan"
  | "athleteEvents"
  | "athleteAdjustment"
  | "athleteMessages"
  | "sendAthleteMessage"
  | "listGroups"
  | "saveGroup"
  | "deleteGroup"
  | "sendGroupMessage"
  | "runnerMessages"
  | "sendRunnerMessage";

/** Consent for `:runnerId` routes is checked (and reads audited) before these run: see register-route.ts. */
export const coachingHandlers: Pick<Handlers, CoachingRoutes> = {
  createInvite: async ({ auth, services }) => {
    // The runner trusts an invite by the coach's name and email: the email must be the coach's own.
    if (!auth.session.user.emailVerified) {
      throw forbidden("confirm your email first: open the link we mailed you, or ask for a new one");
    }
    const invite = await services.coaching.createInvite(auth.session.user);
    return { ...invite, link: `${services.config.publicUrl ?? ""}/#/invite/${invite.code}` };
  },
  getInvite: async ({ auth, params, services }) => services.coaching.previewInvite(auth.session.user, params.code),
  acceptInvite: async ({ auth, params, services }) => services.coaching.acceptInvite(auth.session.user, params.code),
  listAccess: async ({ auth, services }) => services.coaching.listAccess(auth.userId),
  revokeAccess: async ({ auth, params, services }) => {
    await services.coaching.revoke(auth.userId, params.coachId);
    return { ok: true };
  },
  listAudit: async ({ auth, services }) => services.coaching.auditLog(auth.userId),
  listAthletes: async ({ auth, query, services }) => {
    const page = await services.roster.rosterBody(auth.session.user, query);
    return new RawBody(page.bytes, "application/json; charset=utf-8", page.gzipped);
  },
  // In the coach's unit: the plan's words give distances in whoever reads them.
  athletePlan: async ({ auth, params, services }) =>
    services.plan.today(params.runnerId, auth.session.planStamp.distanceUnit),
  athleteEvents: async ({ params, query, services }) => services.events.page(params.runnerId, query.after, query.limit),
  athleteAdjustment: async ({ auth, params, body, services }) =>
    services.coaching.adjust(auth.session.user, params.runnerId, body),
  athleteMessages: async ({ auth, params, services }) =>
    services.coaching.messagesForCoach(auth.session.user, params.runnerId),
  sendAthleteMessage: async ({ auth, params, body, services }) =>
    services.coaching.send({
      id: body.id,
      runnerId: params.runnerId,
      coachId: auth.userId,
      authorId: auth.userId,
      body: body.body,
    }),
  listGroups: async ({ auth, services }) => services.roster.groups(auth.session.user),
  saveGroup: async ({ auth, params, body, services }) =>
    services.roster.saveGroup(
      auth.session.user,
      { id: params.groupId, name: body.name, runnerIds: body.runnerIds },
      await services.coaching.athleteIds(auth.session.user),
    ),
  deleteGroup: async ({ auth, params, services }) => {
    await services.roster.deleteGroup(auth.session.user, params.groupId);
    return { ok: true };
  },
  sendGroupMessage: async ({ auth, params, body, services }) =>
    services.coaching.sendToGroup(auth.session.user, params.groupId, body),
  runnerMessages: async ({ auth, services }) => services.coaching.messagesForRunner(auth.session.user),
  sendRunnerMessage: async ({ auth, body, services }) => {
    const message = await services.coaching.sendFromRunner(auth.session.user, body.coachId, body.id, body.body);
    // The coach's "new message" alert; keyed by the message id, so a retried send raises one.
    await services.alerts.onRunnerMessage(message);
    return message;
  },
};

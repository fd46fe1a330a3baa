import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";

export const planHandlers: Pick<Handlers, "planToday"> = {
  // Sent as the memoised JSON (gzipped when accepted): the app's hot path skips serialising again.
  planToday: async ({ auth, services }) => {
    const plan = await services.plan.todayBody(auth.userId, auth.session.planStamp);
    return new RawBody(plan.bytes, "application/json; charset=utf-8", plan.gzipped);
  },
};

import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";

export const planHandlers: Pick<Handlers, "planToday"> = {
  // Sent as the memoised JSON text: the hot path of the app skips re-serialising the plan.
  planToday: async ({ auth, services }) =>
    new RawBody(await services.plan.todayBytes(auth.userId), "application/json; charset=utf-8"),
};

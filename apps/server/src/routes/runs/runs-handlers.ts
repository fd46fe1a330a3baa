import type { Handlers } from "../../http/request-context.ts";

export const runsHandlers: Pick<Handlers, "listRuns"> = {
  listRuns: async ({ auth, query, services }) => ({
    runs: await services.runs.list(auth.userId, {
      limit: query.limit,
      ...(query.before !== undefined ? { before: query.before } : {}),
    }),
  }),
};

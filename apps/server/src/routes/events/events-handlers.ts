import { ApiError } from "../../http/api-error.ts";
import type { Handlers } from "../../http/request-context.ts";

export const eventsHandlers: Pick<Handlers, "postEvents" | "getEvents"> = {
  postEvents: async ({ auth, body, services }) => {
    const results = await services.events.ingest(auth.userId, body.events, { kind: "runner" });
    const firstInvalidIndex = results.findIndex((result) => result.status === "invalid");
    if (firstInvalidIndex !== -1 && results.every((result) => result.status === "invalid")) {
      const first = results[firstInvalidIndex];
      const field = `events.${firstInvalidIndex}${first?.field ? `.${first.field}` : ""}`;
      throw new ApiError(400, "validation", `no valid event in the batch: ${first?.message ?? "invalid"}`, field);
    }
    return { results };
  },
  getEvents: async ({ auth, query, services }) => services.events.page(auth.userId, query.after, query.limit),
};

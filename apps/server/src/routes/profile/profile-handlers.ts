import type { Handlers } from "../../http/request-context.ts";

export const profileHandlers: Pick<Handlers, "getProfile" | "putProfile"> = {
  getProfile: async ({ auth, services }) => services.profile.get(auth.userId),
  putProfile: async ({ auth, body, services }) => services.profile.put(auth.userId, body),
};

import type { Handlers } from "../../http/request-context.ts";

export const shoesHandlers: Pick<Handlers, "listShoes" | "createShoe" | "updateShoe" | "retireShoe"> = {
  listShoes: async ({ auth, services }) => ({ shoes: await services.shoes.list(auth.userId) }),
  createShoe: async ({ auth, body, services }) => services.shoes.create(auth.userId, body),
  updateShoe: async ({ auth, params, body, services }) => services.shoes.update(auth.userId, params.shoeId, body),
  retireShoe: async ({ auth, params, services }) => services.shoes.retire(auth.userId, params.shoeId),
};

import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";

export const exportHandlers: Pick<Handlers, "exportJson" | "exportRunsCsv" | "exportPainCsv" | "importExport"> = {
  exportJson: async ({ auth, reply, services }) => {
    reply.header("content-disposition", 'attachment; filename="backstride-export.json"');
    return services.exports.document(auth.userId);
  },
  exportRunsCsv: async ({ auth, reply, services }) => {
    reply.header("content-disposition", 'attachment; filename="backstride-runs.csv"');
    return new RawBody(await services.exports.runsCsv(auth.userId), "text/csv; charset=utf-8");
  },
  exportPainCsv: async ({ auth, reply, services }) => {
    reply.header("content-disposition", 'attachment; filename="backstride-pain.csv"');
    return new RawBody(await services.exports.painCsv(auth.userId), "text/csv; charset=utf-8");
  },
  importExport: async ({ auth, body, services }) => services.exports.restore(auth.userId, body),
};

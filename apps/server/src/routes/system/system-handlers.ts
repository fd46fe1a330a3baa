import { buildOpenApiDocument, routeList } from "@backstride/api-contract";
import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";
import { docsPage } from "./docs-page.ts";

let openApiText: string | null = null;
/** Built once per process: the route table does not change while it runs. */
function openApiDocument(version: string): Record<string, unknown> {
  openApiText ??= JSON.stringify(buildOpenApiDocument(routeList, version));
  return JSON.parse(openApiText) as Record<string, unknown>;
}

export const systemHandlers: Pick<Handlers, "health" | "openApi" | "docs"> = {
  health: async ({ services }) => ({
    status: "ok",
    database: services.database.kind,
    version: services.config.version,
  }),
  openApi: async ({ services }) => openApiDocument(services.config.version),
  docs: async ({ services }) =>
    new RawBody(docsPage(openApiDocument(services.config.version)), "text/html; charset=utf-8"),
};

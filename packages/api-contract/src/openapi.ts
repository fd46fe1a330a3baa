import { z } from "zod";
import type { RouteDefinition } from "./define-route.ts";
import { errorResponseSchema } from "./error-schema.ts";

const errorStatuses: Record<string, string> = {
  "400": "Malformed request",
  "401": "Not signed in",
  "403": "Not allowed (role, consent or CSRF token)",
  "404": "Not found",
  "409": "Conflict (same id or key with a different body)",
  "413": "Body too large",
  "422": "Valid request that cannot be processed",
  "429": "Too many attempts",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const result = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any", reused: "inline" });
  delete result.$schema;
  return result as Record<string, unknown>;
}

/** `/api/shoes/:shoeId` -> `/api/shoes/{shoeId}` */
function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, "{$1}");
}

function parameters(route: RouteDefinition): Record<string, unknown>[] {
  const list: Record<string, unknown>[] = [];
  for (const [location, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (!schema) continue;
    const json = jsonSchema(schema, "input") as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: location,
        required: location === "path" || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  if (route.idempotencyKey) {
    list.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "Retry-safe key: the same key and body answer the same; the same key with another body is 409.",
      schema: { type: "string", maxLength: 200 },
    });
  }
  return list;
}

/** Builds the OpenAPI 3.1 document of the given routes from their zod schemas. */
export function buildOpenApiDocument(routeList: readonly RouteDefinition[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorSchema = jsonSchema(errorResponseSchema, "output");
  for (const route of routeList) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    const responses: Record<string, unknown> = {
      [String(route.successStatus)]: {
        description: "Success",
        content: { [route.responseType ?? "application/json"]: { schema: jsonSchema(route.response, "output") } },
      },
    };
    for (const [status, description] of Object.entries(errorStatuses)) {
      responses[status] = { description, content: { "application/json": { schema: errorSchema } } };
    }
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.tag],
      parameters: parameters(route),
      responses,
      "x-backstride-auth": route.auth,
    };
    if (route.auth !== "public") {
      operation.security = [{ sessionCookie: [] }];
    }
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchema(route.body, "input") } },
      };
    } else if (route.bodyKind === "multipart") {
      operation.requestBody = {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { files: { type: "array", items: { type: "string", format: "binary" } } },
            },
          },
        },
      };
    }
    paths[path][route.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Backstride API",
      version,
      description:
        "Non-GET requests authenticated by the session cookie must send the CSRF token (from GET /api/auth/session) in the x-csrf-token header.",
    },
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "bs_session" },
      },
    },
  };
}

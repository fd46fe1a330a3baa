import type { z } from "zod";

/**
 * Who may call a route. "runner" and "coach" are roles of the signed-in account (one account may hold
 * both); "runner-or-coach" is any signed-in account. Routes whose path holds `:runnerId` additionally
 * need that runner's consent (checked by the server, proven by the authorization-matrix test).
 */
export type RouteAuth = "public" | "runner" | "coach" | "runner-or-coach";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteDefinition {
  /** Stable identifier, also the OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** Fastify-style path, e.g. "/api/shoes/:shoeId". */
  path: string;
  auth: RouteAuth;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  /** JSON body schema; absent for multipart uploads (see bodyKind). */
  body?: z.ZodType;
  bodyKind?: "json" | "multipart";
  /** Schema of the success body (for JSON responses). */
  response: z.ZodType;
  /** Media type of the success body. */
  responseType?: "application/json" | "text/csv" | "text/html" | "application/pdf" | "text/calendar";
  successStatus: 200 | 201 | 202 | 204;
  /**
   * For `:runnerId` routes: the carer role the runner's consent must carry. "adjust" routes change the
   * runner's plan; a carer who may only view gets 403 (absent = any live consent).
   */
  consent?: "adjust";
  /** True when the route accepts an `Idempotency-Key` header (a client may retry it safely). */
  idempotencyKey?: boolean;
}

/** Keeps the literal types of a route so request and response types can be derived from it. */
export function defineRoute<const T extends RouteDefinition>(route: T): T {
  return route;
}

type SchemaOf<T, K extends string> = T extends { [P in K]: infer S extends z.ZodType } ? S : undefined;
type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The JSON body a client sends. */
export type RequestBody<T extends RouteDefinition> = InputOf<SchemaOf<T, "body">>;
/** The query string a client sends. */
export type RequestQuery<T extends RouteDefinition> = InputOf<SchemaOf<T, "query">>;
/** The path parameters a client fills in. */
export type RequestParams<T extends RouteDefinition> = InputOf<SchemaOf<T, "params">>;
/** The success body a client receives. */
export type ResponseBody<T extends RouteDefinition> = OutputOf<T["response"]>;
/** The server-side view of the validated body (defaults applied). */
export type ParsedBody<T extends RouteDefinition> = OutputOf<SchemaOf<T, "body">>;
export type ParsedQuery<T extends RouteDefinition> = OutputOf<SchemaOf<T, "query">>;
export type ParsedParams<T extends RouteDefinition> = OutputOf<SchemaOf<T, "params">>;

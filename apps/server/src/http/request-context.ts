import type {
  ParsedBody,
  ParsedParams,
  ParsedQuery,
  ResponseBody,
  RouteDefinition,
  RouteId,
  Routes,
} from "@backstride/api-contract";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionWithUser } from "../repositories/sessions-repository.ts";
import type { Services } from "../services/services.ts";

/** The signed-in caller. For `:runnerId` routes, `runnerId` is set once consent was checked. */
export interface AuthContext {
  session: SessionWithUser;
  userId: string;
}

export interface RequestContext<R extends RouteDefinition> {
  params: ParsedParams<R>;
  query: ParsedQuery<R>;
  body: ParsedBody<R>;
  /** Null only on public routes without a session. */
  auth: R["auth"] extends "public" ? AuthContext | null : AuthContext;
  request: FastifyRequest;
  reply: FastifyReply;
  services: Services;
}

/** A body that is already serialised (CSV, HTML, pre-serialised JSON). */
export class RawBody {
  constructor(
    readonly text: string | Buffer,
    readonly contentType: string,
    /** The same body gzip-compressed ahead of time, sent to clients that accept gzip. */
    readonly gzipped?: Buffer,
  ) {}
}

export type Handler<R extends RouteDefinition> = (context: RequestContext<R>) => Promise<ResponseBody<R> | RawBody>;

export type Handlers = { [K in RouteId]: Handler<Routes[K]> };

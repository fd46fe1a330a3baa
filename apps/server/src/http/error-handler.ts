import type { ErrorCode } from "@backstride/api-contract";
import type { FastifyError, FastifyInstance } from "fastify";
import { ApiError } from "./api-error.ts";

interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

function body(code: ErrorCode, message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}

/** Maps Fastify's own errors (parsing, limits) to our codes; anything unexpected is a bare 500. */
function fromFastify(error: FastifyError): { status: number; body: ErrorBody } | null {
  const status = error.statusCode ?? 500;
  if (status === 413 || error.code === "FST_REQ_FILE_TOO_LARGE" || error.code === "FST_FILES_LIMIT") {
    return { status: 413, body: body("payload_too_large", "the request is larger than allowed") };
  }
  if (status === 415) return { status: 415, body: body("unsupported_media_type", "send application/json") };
  if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") {
    return { status: 400, body: body("bad_request", "the body is not valid JSON") };
  }
  if (status === 400 || error.code?.startsWith("FST_")) {
    return { status: 400, body: body("bad_request", "malformed request") };
  }
  return null;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.status(error.status).send(body(error.code, error.message, error.field));
    }
    const mapped = fromFastify(error);
    if (mapped && mapped.status < 500) return reply.status(mapped.status).send(mapped.body);
    // The details go to the server log only: a client never sees a stack trace or an SQL message.
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).send(body("internal", "something went wrong on our side; try again"));
  });
}

import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { ErrorCode } from "@backstride/api-contract";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { RateLimitedError } from "../services/rate-limiter.ts";
import { ApiError } from "./api-error.ts";
import { securityHeaders } from "./security-headers.ts";
import { isSecureRequest } from "./session-cookie.ts";

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
    if (error instanceof RateLimitedError) reply.header("retry-after", String(error.retryAfterSeconds));
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

/**
 * Errors Fastify's router raises before any route runs: a path segment over `maxParamLength` (414) or a
 * malformed percent-encoding (400). Fastify's own answers echo the path back; ours never do.
 */
export function frameworkErrorHandler(
  secureCookies: boolean,
): (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => void {
  return (error, request, reply) => {
    const answer =
      error.code === "FST_ERR_MAX_PARAM_LENGTH"
        ? { status: 414, body: body("uri_too_long", "the address is longer than allowed") }
        : (error.statusCode ?? 500) < 500
          ? { status: 400, body: body("bad_request", "the address is malformed") }
          : { status: 500, body: body("internal", "something went wrong on our side; try again") };
    if (answer.status === 500) request.log.error({ err: error }, "router error");
    reply
      .status(answer.status)
      .headers(securityHeaders({ secure: isSecureRequest(request, secureCookies), api: true }))
      .type("application/json; charset=utf-8")
      .send(JSON.stringify(answer.body));
  };
}

type ConnectionError = Error & { code?: string };

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers over `maxHeaderSize`, a
 * garbled request line, a slow client): answered on the raw socket in the same JSON format and with the
 * same security headers as everything else.
 */
export function clientErrorHandler(secureCookies: boolean): (error: ConnectionError, socket: Socket) => void {
  return (error, socket) => {
    // A reset connection has nobody left to answer.
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    const answer =
      error.code === "HPE_HEADER_OVERFLOW"
        ? { status: 431, body: body("headers_too_large", "the request headers are larger than allowed") }
        : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? { status: 408, body: body("bad_request", "the request took too long to arrive") }
          : { status: 400, body: body("bad_request", "malformed request") };
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const text = JSON.stringify(answer.body);
    const headers = {
      ...securityHeaders({ secure: secureCookies, api: true }),
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(text)),
      connection: "close",
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    // end() flushes the answer before closing; destroy() alone could drop it.
    socket.end(`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${head}\r\n${text}`, () =>
      socket.destroy(),
    );
  };
}

import type { FastifyRequest } from "fastify";

/** True unless the client did not list gzip or refused it with q=0. */
export function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers["accept-encoding"];
  if (typeof header !== "string") return false;
  return header.split(",").some((item) => {
    const [coding, ...parameters] = item.trim().split(";");
    if (coding?.trim().toLowerCase() !== "gzip") return false;
    return !parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(parameter));
  });
}

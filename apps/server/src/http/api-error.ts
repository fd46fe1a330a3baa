import type { ErrorCode } from "@backstride/api-contract";

/** The only error a service or handler throws on purpose; the error handler turns it into JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);
export const forbidden = (message: string) => new ApiError(403, "forbidden", message);
export const conflict = (message: string, field?: string) => new ApiError(409, "conflict", message, field);
export const unauthenticated = () => new ApiError(401, "unauthenticated", "sign in first");

import { z } from "zod";

export const errorCodeSchema = z.enum([
  "bad_request",
  "validation",
  "unauthenticated",
  "forbidden",
  "csrf",
  "not_found",
  "conflict",
  "payload_too_large",
  "uri_too_long",
  "headers_too_large",
  "unsupported_media_type",
  "unprocessable",
  "rate_limited",
  "unavailable",
  "internal",
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** Every error the API returns has this shape; `field` names the offending input when there is one. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

import type { z } from "zod";
import { ApiError } from "./api-error.ts";

/** Parses with zod; the first issue becomes a 400 naming the field, never a stack trace. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join(".") ?? "";
  let message = issue?.message ?? "invalid input";
  if (issue?.code === "unrecognized_keys") message = `unknown field: ${issue.keys.join(", ")}`;
  const field = path === "" ? (issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined) : path;
  throw new ApiError(400, "validation", `${where}: ${message}`, field);
}

import { type LocalDate, localDateSchema } from "../events/events.ts";

/** True for a real calendar date written `YYYY-MM-DD` (the CLI's --today, an API's query string). */
export function isLocalDate(value: string): value is LocalDate {
  return localDateSchema.safeParse(value).success;
}

import { isoWithOffset, localDateOf } from "./local-date.ts";
import { uuidv7 } from "./uuidv7.ts";

/** The fields every new event starts with: a v7 id made on this phone, the time with its offset, the local day. */
export function eventBase(now: Date, timeZone: string, localDate?: string) {
  return {
    id: uuidv7(),
    version: 1 as const,
    occurredAt: isoWithOffset(now, timeZone),
    localDate: localDate ?? localDateOf(now, timeZone),
  };
}

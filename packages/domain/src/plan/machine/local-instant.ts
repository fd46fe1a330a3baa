import type { LocalDate } from "../../events/events.ts";

/**
 * An instant as the runner lived it: the wall-clock date and time in the offset it was recorded with.
 * Relief lasts hours, not calendar days, so its end is kept as an instant and shown in local time.
 */
export interface LocalInstant {
  /** ISO 8601 with offset, e.g. `2026-03-05T21:00:00+01:00`. */
  iso: string;
  /** `YYYY-MM-DDTHH:mm` on the runner's wall clock. */
  local: string;
  localDate: LocalDate;
}

const ISO_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * `hours` after an ISO instant, on the wall clock of the instant's own offset (a daylight-saving change
 * inside the window moves the shown end by an hour; the length stays exact in hours).
 */
export function addHoursLocal(iso: string, hours: number): LocalInstant {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match) throw new RangeError(`not an ISO 8601 instant with offset: ${iso}`);
  const [, date = "", hh = "0", mm = "0", ss = "0", zone = "Z"] = match;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, Number(hh), Number(mm), Number(ss ?? 0)) + hours * 3_600_000;
  const at = new Date(wall);
  const localDate = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const local = `${localDate}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  return { iso: `${local}:${pad(at.getUTCSeconds())}${zone === "Z" ? "Z" : zone}`, local, localDate };
}

/** The wall clock of an ISO instant in its own offset. */
export function localInstantOf(iso: string): LocalInstant {
  return addHoursLocal(iso, 0);
}

/** Milliseconds since the epoch of an ISO instant (for comparing instants recorded in different offsets). */
export function instantMs(iso: string): number {
  return Date.parse(iso);
}

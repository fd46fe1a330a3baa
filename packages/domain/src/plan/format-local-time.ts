import { formatDay } from "../dates/weekday-name.ts";

/** "Sat 14 Mar 21:00" from a local `YYYY-MM-DDTHH:mm`. */
export function formatLocalTime(local: string): string {
  return `${formatDay(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

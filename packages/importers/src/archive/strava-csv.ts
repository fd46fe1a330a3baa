import { parseCsv } from "./parse-csv.ts";

/** What Strava's activities.csv says about one activity file. */
export interface StravaCsvRow {
  name?: string;
  sportLabel?: string;
  description?: string;
  gearName?: string;
  /** ISO 8601 UTC from "Activity Date" (Strava writes it in UTC, e.g. "Aug 28, 2016, 1:03:35 PM"). */
  startTime?: string;
}

/** Rows keyed by their Filename column, e.g. "activities/1234.fit.gz". */
export function parseStravaCsv(text: string): Map<string, StravaCsvRow> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  const byFile = new Map<string, StravaCsvRow>();
  if (!header) return byFile;
  // Newer exports repeat some column names (two "Distance" columns); the first one is the summary.
  const column = (name: string) => header.indexOf(name);
  const columns = {
    file: column("Filename"),
    name: column("Activity Name"),
    type: column("Activity Type"),
    description: column("Activity Description"),
    gear: column("Activity Gear"),
    date: column("Activity Date"),
  };
  if (columns.file < 0) return byFile;
  for (const row of rows) {
    const file = row[columns.file]?.trim();
    if (!file) continue;
    const cell = (index: number) => (index >= 0 ? row[index]?.trim() || undefined : undefined);
    const entry: StravaCsvRow = {};
    const name = cell(columns.name);
    const sportLabel = cell(columns.type);
    const description = cell(columns.description);
    const gearName = cell(columns.gear);
    const startTime = parseStravaDate(cell(columns.date));
    if (name) entry.name = name;
    if (sportLabel) entry.sportLabel = sportLabel;
    if (description) entry.description = description;
    if (gearName) entry.gearName = gearName;
    if (startTime) entry.startTime = startTime;
    byFile.set(file, entry);
  }
  return byFile;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Parsed by hand: Date.parse would read this format in the server's local zone. */
export function parseStravaDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2})\s*(AM|PM)?$/i.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf((m[1] as string).toLowerCase());
  if (month < 0) return undefined;
  let hour = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem === "PM" && hour < 12) hour += 12;
  if (meridiem === "AM" && hour === 12) hour = 0;
  const ms = Date.UTC(Number(m[3]), month, Number(m[2]), hour, Number(m[5]), Number(m[6]));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

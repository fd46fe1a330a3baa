/** The few FIT profile enums Backstride shows; anything else keeps its number. */
const SPORT_NAMES: Record<number, string> = {
  0: "other",
  1: "running",
  2: "cycling",
  3: "transition",
  5: "swimming",
  11: "walking",
  17: "hiking",
};

const RUNNING_SUB_SPORTS: Record<number, string> = {
  1: "treadmill",
  2: "street",
  3: "trail",
  4: "track",
  45: "indoor",
};

const MANUFACTURERS: Record<number, string> = {
  1: "garmin",
  15: "dynastream",
  23: "suunto",
  32: "wahoo",
  69: "stages",
  89: "tacx",
  95: "stryd",
  255: "development",
  260: "zwift",
  265: "strava",
  294: "coros",
  310: "polar",
};

/** Normalised sport name; unknown sports become "other". */
export function fitSportName(sport: number | undefined): string {
  return sport === undefined ? "other" : (SPORT_NAMES[sport] ?? "other");
}

export function fitSubSportName(sport: number | undefined, subSport: number | undefined): string | undefined {
  if (sport !== 1 || subSport === undefined) return undefined;
  return RUNNING_SUB_SPORTS[subSport];
}

export function fitManufacturerName(manufacturer: number | undefined): string | undefined {
  if (manufacturer === undefined) return undefined;
  return MANUFACTURERS[manufacturer] ?? `manufacturer ${manufacturer}`;
}

/** FIT time is seconds since 1989-12-31T00:00:00Z. */
export const FIT_EPOCH_UNIX_SECONDS = 631_065_600;
/** Values below this are seconds since the device powered on, not a date (FIT profile: date_time min). */
export const FIT_MIN_ABSOLUTE_TIME = 0x10000000;

export function fitTimeToIso(fitSeconds: number | undefined): string | null {
  if (fitSeconds === undefined || fitSeconds < FIT_MIN_ABSOLUTE_TIME) return null;
  return new Date((fitSeconds + FIT_EPOCH_UNIX_SECONDS) * 1000).toISOString();
}

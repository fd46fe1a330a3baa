import { z } from "zod";

/** True when the runtime knows the IANA zone (Intl throws a RangeError otherwise). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().min(1).max(64).refine(isValidTimeZone, "not a known IANA time zone");

export const profileSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100),
    distanceUnit: z.enum(["km", "mi"]),
    weightUnit: z.enum(["kg", "lb"]),
    timeZone: timeZoneSchema,
    /** The runner's running goal in their own words, e.g. "back to 40 km a week". */
    goal: z.string().max(500),
    theme: z.enum(["system", "light", "dark"]),
    /** GPS tracks of imported runs are kept only when the runner opts in (privacy). */
    keepGpsTracks: z.boolean(),
  })
  .strict()
  .meta({ id: "Profile" });
export type Profile = z.infer<typeof profileSchema>;

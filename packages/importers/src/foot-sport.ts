/** Sports whose cadence is counted in strides per minute by devices and in steps per minute by Backstride. */
export function isFootSport(sport: string): boolean {
  return sport === "running" || sport === "walking" || sport === "hiking";
}

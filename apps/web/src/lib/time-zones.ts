/** Every IANA zone this browser knows, with the runner's current one kept even if the list lacks it. */
export function timeZoneOptions(current: string): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] };
  const zones = intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : [];
  const all = new Set([...zones, "UTC", current]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

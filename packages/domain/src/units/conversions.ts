/** Exact by definition (international yard and pound, 1959). SI inside, these only for display. */
export const METERS_PER_MILE = 1609.344;
export const METERS_PER_KILOMETER = 1000;
export const KG_PER_POUND = 0.45359237;

export type DistanceUnit = "km" | "mi";
export type WeightUnit = "kg" | "lb";

export function metersToMiles(meters: number): number {
  return meters / METERS_PER_MILE;
}
export function milesToMeters(miles: number): number {
  return miles * METERS_PER_MILE;
}
export function metersToKilometers(meters: number): number {
  return meters / METERS_PER_KILOMETER;
}
export function kilometersToMeters(kilometers: number): number {
  return kilometers * METERS_PER_KILOMETER;
}
export function kgToPounds(kg: number): number {
  return kg / KG_PER_POUND;
}
export function poundsToKg(pounds: number): number {
  return pounds * KG_PER_POUND;
}
/** A distance in the runner's unit (km or mi) as a number, e.g. for a chart axis. */
export function metersToUnit(meters: number, unit: DistanceUnit): number {
  return unit === "km" ? metersToKilometers(meters) : metersToMiles(meters);
}
/** A distance the runner typed in their unit, back to metres. */
export function unitToMeters(value: number, unit: DistanceUnit): number {
  return unit === "km" ? kilometersToMeters(value) : milesToMeters(value);
}

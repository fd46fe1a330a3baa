import { type DistanceUnit, metersToUnit, unitToMeters } from "@backstride/domain";

/** The add/edit shoe form as the runner types it. */
export interface ShoeFormInput {
  name: string;
  brand: string;
  /** Heel-to-toe drop in mm; empty when unknown. */
  dropMm: string;
  /** Distance already run in them before Backstride, in the runner's unit; empty = 0. */
  startDistance: string;
  /** YYYY-MM-DD: bought or first run in. Runs before it do not count toward the pair. */
  startedOn: string;
  isDefault: boolean;
  unit: DistanceUnit;
  /** The runner's today: a pair cannot start in the future. */
  today: string;
}

export type ShoeFormErrors = Partial<Record<"name" | "brand" | "dropMm" | "startDistance" | "startedOn", string>>;

/** The body of POST /api/shoes or PATCH /api/shoes/:id. */
export interface ShoeBody {
  name: string;
  brand: string | null;
  dropMm: number | null;
  startDistanceMeters: number;
  startedOn: string;
  isDefault: boolean;
}

function number(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

export function parseShoeForm(input: ShoeFormInput): { errors: ShoeFormErrors; body: ShoeBody | null } {
  const errors: ShoeFormErrors = {};
  const name = input.name.trim();
  if (name === "") errors.name = "Give the shoes a name, like “Blue Pegasus”.";
  else if (name.length > 100) errors.name = "Use at most 100 characters.";
  if (input.brand.trim().length > 100) errors.brand = "Use at most 100 characters.";
  const drop = number(input.dropMm);
  if (drop !== null && (Number.isNaN(drop) || drop < 0 || drop > 30)) errors.dropMm = "Enter a drop from 0 to 30 mm.";
  const start = number(input.startDistance);
  if (start !== null && (Number.isNaN(start) || start < 0 || start > 10_000)) {
    errors.startDistance = `Enter a distance from 0 to 10,000 ${input.unit}.`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.startedOn)) {
    errors.startedOn = "Enter the day you bought them or first ran in them.";
  } else if (input.startedOn > input.today) errors.startedOn = "That day has not come yet.";
  if (Object.keys(errors).length > 0) return { errors, body: null };
  return {
    errors,
    body: {
      name,
      brand: input.brand.trim() || null,
      dropMm: drop,
      startDistanceMeters: Math.round(unitToMeters(start ?? 0, input.unit)),
      startedOn: input.startedOn,
      isDefault: input.isDefault,
    },
  };
}

/** The form's starting text for an existing pair. */
export function shoeFormFrom(
  shoe: { name: string; brand: string | null; dropMm: number | null; startDistanceMeters: number; isDefault: boolean },
  /** The pair's start date as the app reckons it (older pairs: the day they were added). */
  startedOn: string,
  unit: DistanceUnit,
  today: string,
): ShoeFormInput {
  const start = metersToUnit(shoe.startDistanceMeters, unit);
  return {
    name: shoe.name,
    brand: shoe.brand ?? "",
    dropMm: shoe.dropMm === null ? "" : String(shoe.dropMm),
    startDistance: start === 0 ? "" : String(Math.round(start * 10) / 10),
    startedOn,
    isDefault: shoe.isDefault,
    unit,
    today,
  };
}

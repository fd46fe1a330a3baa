import {
  type BackstrideEvent,
  type DistanceUnit,
  defaultProtocol,
  type ShoeWear,
  shoeMileage,
  shoeRuns,
  shoeStartDate,
  shoeWear,
} from "@backstride/domain";
import type { Shoe } from "./api-types.ts";

export interface ShoeView {
  shoe: Shoe;
  /** The day the pair's mileage starts. */
  startedOn: string;
  /** Before-Backstride distance plus the runs on or after startedOn, as corrected, metres. */
  distanceMeters: number;
  /** Runs tagged with the pair but from before its start date (left out of its mileage). */
  runsBeforeStart: number;
  /** The wear verdict and notes (drop outside 6–8 mm) in the runner's unit. */
  wear: ShoeWear;
}

/**
 * Each pair as the runner should see it, worked out on the phone from the log: offline, right after a
 * correction or a unit change, and in the same words as the server's rules.
 */
export function shoeViews(input: {
  shoes: readonly Shoe[];
  events: readonly BackstrideEvent[];
  unit: DistanceUnit;
  timeZone: string;
}): ShoeView[] {
  const runs = shoeRuns(input.events);
  return input.shoes.map((shoe) => {
    // A pair cached by an older version of the app has no startedOn yet.
    const startedOn = shoeStartDate({
      startedOn: shoe.startedOn as string | undefined,
      createdAt: shoe.createdAt,
      timeZone: input.timeZone,
    });
    const mileage = shoeMileage({
      shoe: { id: shoe.id, startDistanceMeters: shoe.startDistanceMeters, startedOn },
      runs,
    });
    const wear = shoeWear({
      shoe: {
        distanceMeters: mileage.distanceMeters,
        ...(shoe.dropMm !== null ? { dropMm: shoe.dropMm } : {}),
        ...(shoe.retiredAt !== null ? { retiredAt: shoe.retiredAt } : {}),
      },
      rules: {
        ...defaultProtocol.shoes,
        warnAtMeters: shoe.warnAtMeters ?? defaultProtocol.shoes.warnAtMeters,
        replaceAtMeters: shoe.replaceAtMeters ?? defaultProtocol.shoes.replaceAtMeters,
      },
      unit: input.unit,
    });
    return { shoe, startedOn, distanceMeters: mileage.distanceMeters, runsBeforeStart: mileage.runsBeforeStart, wear };
  });
}

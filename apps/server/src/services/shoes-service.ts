import { randomUUID } from "node:crypto";
import type { Profile, Shoe } from "@backstride/api-contract";
import {
  defaultProtocol,
  normaliseText,
  type ShoeRun,
  shoeMileage,
  shoeRuns,
  shoeStartDate,
  shoeThresholdsProblem,
  shoeWear,
} from "@backstride/domain";
import { ApiError, notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { ShoeRow } from "../repositories/shoes-repository.ts";
import type { Clock } from "./clock.ts";
import type { EventsService } from "./events-service.ts";

export interface ShoeInput {
  name: string;
  brand?: string | null;
  dropMm?: number | null;
  startDistanceMeters?: number;
  isDefault?: boolean;
  warnAtMeters?: number | null;
  replaceAtMeters?: number | null;
  /** YYYY-MM-DD: the day the pair was bought or first run in. */
  startedOn?: string;
}

/**
 * Presents a shoe with its distance (start + the runs on or after its start date, as corrected) and
 * the domain's wear verdict.
 */
export function presentShoe(
  shoe: ShoeRow,
  runs: readonly ShoeRun[],
  profile: Pick<Profile, "distanceUnit" | "timeZone">,
): Shoe {
  const startedOn = shoeStartDate({ startedOn: shoe.startedOn, createdAt: shoe.createdAt, timeZone: profile.timeZone });
  const { distanceMeters } = shoeMileage({
    shoe: { id: shoe.id, startDistanceMeters: shoe.startDistanceMeters, startedOn },
    runs,
  });
  const unit = profile.distanceUnit;
  const wear = shoeWear({
    shoe: {
      distanceMeters,
      ...(shoe.dropMm !== null ? { dropMm: shoe.dropMm } : {}),
      ...(shoe.retiredAt !== null ? { retiredAt: shoe.retiredAt } : {}),
    },
    rules: {
      ...defaultProtocol.shoes,
      warnAtMeters: shoe.warnAtMeters ?? defaultProtocol.shoes.warnAtMeters,
      replaceAtMeters: shoe.replaceAtMeters ?? defaultProtocol.shoes.replaceAtMeters,
    },
    unit,
  });
  return { ...shoeFields(shoe), startedOn, distanceMeters, wear: { status: wear.status, message: wear.message } };
}

/** The stored fields of a shoe, as both the API and the export present them. */
export function shoeFields(shoe: ShoeRow) {
  return {
    id: shoe.id,
    name: shoe.name,
    brand: shoe.brand,
    dropMm: shoe.dropMm,
    startDistanceMeters: shoe.startDistanceMeters,
    isDefault: shoe.isDefault,
    warnAtMeters: shoe.warnAtMeters,
    replaceAtMeters: shoe.replaceAtMeters,
    retiredAt: shoe.retiredAt,
    createdAt: shoe.createdAt,
  };
}

function shoeText(value: string, field: "name" | "brand"): string {
  const normalised = normaliseText(value);
  if (normalised === null || (field === "name" && normalised.trim() === "")) {
    throw new ApiError(400, "validation", `body: the ${field} holds broken text; type it again`, field);
  }
  return normalised;
}

/** Thresholds in order once a change is merged with what is stored (issue 9, #12). */
function checkThresholds(shoe: Pick<ShoeRow, "warnAtMeters" | "replaceAtMeters">): void {
  const problem = shoeThresholdsProblem({
    warnAtMeters: shoe.warnAtMeters,
    replaceAtMeters: shoe.replaceAtMeters,
  });
  if (problem) throw new ApiError(400, "validation", `body: ${problem.message}`, problem.field);
}

export class ShoesService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  private async context(userId: string) {
    const [events, profile] = await Promise.all([
      this.events.all(userId, ["run.logged", "run.corrected", "entry.deleted"]),
      this.repositories.profiles.find(userId),
    ]);
    return {
      runs: shoeRuns(events),
      profile: { distanceUnit: profile?.distanceUnit ?? "km", timeZone: profile?.timeZone ?? "UTC" },
    };
  }

  async list(userId: string): Promise<Shoe[]> {
    const [shoes, { runs, profile }] = await Promise.all([this.repositories.shoes.list(userId), this.context(userId)]);
    return shoes.map((shoe) => presentShoe(shoe, runs, profile));
  }

  private async present(userId: string, shoe: ShoeRow): Promise<Shoe> {
    const { runs, profile } = await this.context(userId);
    return presentShoe(shoe, runs, profile);
  }

  /** The first active shoe becomes the default, so imported runs always land on a shoe. */
  async create(userId: string, input: ShoeInput, id: string = randomUUID()): Promise<Shoe> {
    const currentDefault = await this.repositories.shoes.findDefault(userId);
    const isDefault = input.isDefault === true || currentDefault === null;
    const shoe: ShoeRow = {
      id,
      userId,
      name: shoeText(input.name, "name"),
      brand: input.brand ? shoeText(input.brand, "brand") : null,
      dropMm: input.dropMm ?? null,
      startDistanceMeters: input.startDistanceMeters ?? 0,
      isDefault,
      warnAtMeters: input.warnAtMeters ?? null,
      replaceAtMeters: input.replaceAtMeters ?? null,
      retiredAt: null,
      createdAt: this.clock.now().toISOString(),
      startedOn: input.startedOn ?? null,
    };
    checkThresholds(shoe);
    if (isDefault) await this.repositories.shoes.clearDefault(userId);
    await this.repositories.shoes.insert(shoe);
    return this.present(userId, shoe);
  }

  async update(userId: string, shoeId: string, patch: Partial<ShoeInput>): Promise<Shoe> {
    const shoe = await this.repositories.shoes.find(userId, shoeId);
    if (!shoe) throw notFound("shoe");
    const next: ShoeRow = {
      ...shoe,
      ...(patch.name !== undefined ? { name: shoeText(patch.name, "name") } : {}),
      ...(patch.brand !== undefined ? { brand: patch.brand === null ? null : shoeText(patch.brand, "brand") } : {}),
      ...(patch.dropMm !== undefined ? { dropMm: patch.dropMm } : {}),
      ...(patch.startDistanceMeters !== undefined ? { startDistanceMeters: patch.startDistanceMeters } : {}),
      ...(patch.warnAtMeters !== undefined ? { warnAtMeters: patch.warnAtMeters } : {}),
      ...(patch.replaceAtMeters !== undefined ? { replaceAtMeters: patch.replaceAtMeters } : {}),
      ...(patch.startedOn !== undefined ? { startedOn: patch.startedOn } : {}),
    };
    // Only what this change touches is judged, so a pair stored before these checks can still be renamed.
    if (patch.warnAtMeters !== undefined || patch.replaceAtMeters !== undefined) checkThresholds(next);
    if (patch.isDefault === true && shoe.retiredAt === null) {
      await this.repositories.shoes.clearDefault(userId);
      next.isDefault = true;
    } else if (patch.isDefault === false) {
      next.isDefault = false;
    }
    await this.repositories.shoes.update(next);
    return this.present(userId, next);
  }

  /** Retired shoes keep their runs and distance; they stop being the default. */
  async retire(userId: string, shoeId: string): Promise<Shoe> {
    const shoe = await this.repositories.shoes.find(userId, shoeId);
    if (!shoe) throw notFound("shoe");
    const next: ShoeRow = { ...shoe, isDefault: false, retiredAt: shoe.retiredAt ?? this.clock.now().toISOString() };
    await this.repositories.shoes.update(next);
    return this.present(userId, next);
  }
}

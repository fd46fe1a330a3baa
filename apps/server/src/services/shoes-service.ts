import { randomUUID } from "node:crypto";
import type { Profile, Shoe } from "@backstride/api-contract";
import { type BackstrideEvent, defaultProtocol, shoeWear } from "@backstride/domain";
import { notFound } from "../http/api-error.ts";
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
}

/** Presents a shoe with its distance (start + runs) and the domain's wear verdict. */
export function presentShoe(shoe: ShoeRow, runMeters: number, unit: Profile["distanceUnit"]): Shoe {
  const distanceMeters = shoe.startDistanceMeters + runMeters;
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
  return { ...shoeFields(shoe), distanceMeters, wear: { status: wear.status, message: wear.message } };
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

export function metersByShoe(runs: readonly BackstrideEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const event of runs) {
    if (event.type !== "run.logged" || !event.shoeId) continue;
    totals.set(event.shoeId, (totals.get(event.shoeId) ?? 0) + event.distanceMeters);
  }
  return totals;
}

export class ShoesService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  private async context(userId: string) {
    const [runs, profile] = await Promise.all([
      this.events.all(userId, ["run.logged"]),
      this.repositories.profiles.find(userId),
    ]);
    return { totals: metersByShoe(runs), unit: profile?.distanceUnit ?? "km" };
  }

  async list(userId: string): Promise<Shoe[]> {
    const [shoes, { totals, unit }] = await Promise.all([this.repositories.shoes.list(userId), this.context(userId)]);
    return shoes.map((shoe) => presentShoe(shoe, totals.get(shoe.id) ?? 0, unit));
  }

  private async present(userId: string, shoe: ShoeRow): Promise<Shoe> {
    const { totals, unit } = await this.context(userId);
    return presentShoe(shoe, totals.get(shoe.id) ?? 0, unit);
  }

  /** The first active shoe becomes the default, so imported runs always land on a shoe. */
  async create(userId: string, input: ShoeInput, id: string = randomUUID()): Promise<Shoe> {
    const currentDefault = await this.repositories.shoes.findDefault(userId);
    const isDefault = input.isDefault === true || currentDefault === null;
    if (isDefault) await this.repositories.shoes.clearDefault(userId);
    const shoe: ShoeRow = {
      id,
      userId,
      name: input.name,
      brand: input.brand ?? null,
      dropMm: input.dropMm ?? null,
      startDistanceMeters: input.startDistanceMeters ?? 0,
      isDefault,
      warnAtMeters: input.warnAtMeters ?? null,
      replaceAtMeters: input.replaceAtMeters ?? null,
      retiredAt: null,
      createdAt: this.clock.now().toISOString(),
    };
    await this.repositories.shoes.insert(shoe);
    return this.present(userId, shoe);
  }

  async update(userId: string, shoeId: string, patch: Partial<ShoeInput>): Promise<Shoe> {
    const shoe = await this.repositories.shoes.find(userId, shoeId);
    if (!shoe) throw notFound("shoe");
    const next: ShoeRow = {
      ...shoe,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.brand !== undefined ? { brand: patch.brand } : {}),
      ...(patch.dropMm !== undefined ? { dropMm: patch.dropMm } : {}),
      ...(patch.startDistanceMeters !== undefined ? { startDistanceMeters: patch.startDistanceMeters } : {}),
      ...(patch.warnAtMeters !== undefined ? { warnAtMeters: patch.warnAtMeters } : {}),
      ...(patch.replaceAtMeters !== undefined ? { replaceAtMeters: patch.replaceAtMeters } : {}),
    };
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

import type { Db, ShoesTable } from "../database/database-types.ts";

export interface ShoeRow {
  id: string;
  userId: string;
  name: string;
  brand: string | null;
  dropMm: number | null;
  startDistanceMeters: number;
  isDefault: boolean;
  warnAtMeters: number | null;
  replaceAtMeters: number | null;
  retiredAt: string | null;
  createdAt: string;
  /** The day the pair was bought or first run in; null: the day it was added (older rows). */
  startedOn?: string | null;
}

function toShoe(row: ShoesTable): ShoeRow {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    brand: row.brand,
    dropMm: row.drop_mm,
    startDistanceMeters: row.start_distance_meters,
    isDefault: row.is_default === 1,
    warnAtMeters: row.warn_at_meters,
    replaceAtMeters: row.replace_at_meters,
    retiredAt: row.retired_at,
    createdAt: row.created_at,
    startedOn: row.started_on,
  };
}

function toColumns(shoe: ShoeRow): ShoesTable {
  return {
    id: shoe.id,
    user_id: shoe.userId,
    name: shoe.name,
    brand: shoe.brand,
    drop_mm: shoe.dropMm,
    start_distance_meters: shoe.startDistanceMeters,
    is_default: shoe.isDefault ? 1 : 0,
    warn_at_meters: shoe.warnAtMeters,
    replace_at_meters: shoe.replaceAtMeters,
    retired_at: shoe.retiredAt,
    created_at: shoe.createdAt,
    started_on: shoe.startedOn ?? null,
  };
}

export class ShoesRepository {
  constructor(private readonly db: Db) {}

  async list(userId: string): Promise<ShoeRow[]> {
    const rows = await this.db
      .selectFrom("shoes")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map(toShoe);
  }

  /** Only the user's own shoe: another user's id reads as absent. */
  async find(userId: string, id: string): Promise<ShoeRow | null> {
    const row = await this.db
      .selectFrom("shoes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toShoe(row) : null;
  }

  /** True when a shoe with this id exists for any user (ids are global). */
  async exists(id: string): Promise<boolean> {
    const row = await this.db.selectFrom("shoes").select("id").where("id", "=", id).executeTakeFirst();
    return row !== undefined;
  }

  async findDefault(userId: string): Promise<ShoeRow | null> {
    const row = await this.db
      .selectFrom("shoes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("is_default", "=", 1)
      .where("retired_at", "is", null)
      .executeTakeFirst();
    return row ? toShoe(row) : null;
  }

  async insert(shoe: ShoeRow): Promise<void> {
    await this.db.insertInto("shoes").values(toColumns(shoe)).execute();
  }

  async update(shoe: ShoeRow): Promise<void> {
    const { id, user_id, ...rest } = toColumns(shoe);
    await this.db.updateTable("shoes").set(rest).where("user_id", "=", user_id).where("id", "=", id).execute();
  }

  async clearDefault(userId: string): Promise<void> {
    await this.db.updateTable("shoes").set({ is_default: 0 }).where("user_id", "=", userId).execute();
  }
}

import type { EventResult, ExportDocument } from "@backstride/api-contract";
import { type BackstrideEvent, type EventOf, normaliseText, shoeThresholdsProblem } from "@backstride/domain";
import { ApiError } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex, uuidFromHash } from "./crypto-tools.ts";
import { csvDocument } from "./csv.ts";
import type { EventsService } from "./events-service.ts";
import type { ProfileService } from "./profile-service.ts";
import { type ShoesService, shoeFields } from "./shoes-service.ts";

type ExportedShoe = ExportDocument["shoes"][number];

/**
 * A shoe from an export as the shoe routes would take it (issue 9, #12): text normalised, thresholds in
 * order. The export schema stays as loose as the rows it reads, so a pair stored before these checks
 * still exports; bringing it back is a new write, and a clear error names the field to fix.
 */
function checkedShoe(shoe: ExportedShoe, index: number): ExportedShoe {
  const text = (value: string, field: string) => {
    const normalised = normaliseText(value);
    if (normalised === null || (field === "name" && normalised.trim() === "")) {
      throw new ApiError(400, "validation", `This shoe's ${field} holds broken text.`, `shoes.${index}.${field}`);
    }
    return normalised;
  };
  const problem = shoeThresholdsProblem({
    warnAtMeters: shoe.warnAtMeters,
    replaceAtMeters: shoe.replaceAtMeters,
  });
  if (problem) throw new ApiError(400, "validation", problem.message, `shoes.${index}.${problem.field}`);
  return { ...shoe, name: text(shoe.name, "name"), brand: shoe.brand === null ? null : text(shoe.brand, "brand") };
}

/** The refusals a restore lists one by one; the count covers them all. */
const maxRefusedListed = 100;

export class ExportService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly shoes: ShoesService,
    private readonly profile: ProfileService,
    private readonly clock: Clock,
  ) {}

  async document(userId: string): Promise<ExportDocument> {
    const [profile, shoes, events] = await Promise.all([
      this.profile.get(userId),
      this.repositories.shoes.list(userId),
      this.events.all(userId),
    ]);
    return {
      format: "backstride-export",
      version: 1,
      exportedAt: this.clock.now().toISOString(),
      profile,
      shoes: shoes.map(shoeFields),
      events,
    };
  }

  async runsCsv(userId: string): Promise<string> {
    const [runs, shoes] = await Promise.all([
      this.events.all(userId, ["run.logged"]),
      this.repositories.shoes.list(userId),
    ]);
    const shoeNames = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
    const rows = (runs as EventOf<"run.logged">[]).map((run) => [
      run.localDate,
      run.occurredAt,
      run.distanceMeters,
      run.durationSeconds,
      run.movingSeconds,
      run.surface,
      run.shoeId ? (shoeNames.get(run.shoeId) ?? "") : "",
      run.painDuring0to10,
      run.painAfter0to10,
      run.cadenceStepsPerMinute,
      run.downhillShare,
      run.elevationGainMeters,
      run.elevationLossMeters,
      run.source,
      run.notes,
      run.id,
    ]);
    return csvDocument(
      [
        "localDate",
        "occurredAt",
        "distanceMeters",
        "durationSeconds",
        "movingSeconds",
        "surface",
        "shoe",
        "painDuring0to10",
        "painAfter0to10",
        "cadenceStepsPerMinute",
        "downhillShare",
        "elevationGainMeters",
        "elevationLossMeters",
        "source",
        "notes",
        "eventId",
      ],
      rows,
    );
  }

  /** Every pain score the runner gave, one row per score, whatever the event that carried it. */
  async painCsv(userId: string): Promise<string> {
    const events = await this.events.all(userId, [
      "pain.checkin",
      "flare-up.reported",
      "run.logged",
      "session.completed",
    ]);
    const rows: (string | number | undefined)[][] = [];
    const push = (event: BackstrideEvent, context: string, pain: number | undefined, notes?: string) => {
      if (pain !== undefined) rows.push([event.localDate, event.occurredAt, context, pain, notes, event.id]);
    };
    for (const event of events) {
      switch (event.type) {
        case "pain.checkin":
          push(event, "check-in", event.pain0to10, event.notes);
          break;
        case "flare-up.reported":
          push(event, "flare-up", event.pain0to10, event.notes);
          break;
        case "run.logged":
          push(event, "run: during", event.painDuring0to10, event.notes);
          push(event, "run: after", event.painAfter0to10);
          break;
        case "session.completed":
          push(event, `${event.kind}: during`, event.painDuring0to10, event.notes);
          push(event, `${event.kind}: after`, event.painAfter0to10);
          break;
      }
    }
    return csvDocument(["localDate", "occurredAt", "context", "pain0to10", "notes", "eventId"], rows);
  }

  /**
   * Restores our own export into this account. Idempotent: events dedupe by id, shoes by id, and the
   * profile is replaced by the same values. A shoe id taken by another account gets an id derived from
   * it, and the runs that referred to it follow.
   */
  async restore(userId: string, document: ExportDocument) {
    // The shoes are checked before anything is written: a file with a broken pair restores nothing.
    const shoes = document.shoes.map((shoe, index) => checkedShoe(shoe, index));
    // The profile first: its time zone decides the runner's today, which the events are judged against.
    await this.profile.put(userId, document.profile);
    const shoeIdMap = new Map<string, string>();
    let createdShoes = 0;
    let existingShoes = 0;
    for (const shoe of shoes) {
      // A shoe id owned by another account maps to an id derived from it, the same on every restore.
      const derivedId = uuidFromHash(sha256Hex(`${userId}:${shoe.id}`));
      const mine =
        (await this.repositories.shoes.find(userId, shoe.id)) ??
        (await this.repositories.shoes.find(userId, derivedId));
      const id = mine?.id ?? ((await this.repositories.shoes.exists(shoe.id)) ? derivedId : shoe.id);
      shoeIdMap.set(shoe.id, id);
      if (mine) {
        existingShoes += 1;
        continue;
      }
      if (shoe.isDefault) await this.repositories.shoes.clearDefault(userId);
      await this.repositories.shoes.insert({ ...shoe, id, userId });
      createdShoes += 1;
    }
    const events = document.events.map((event) => {
      const mapped = (shoeId: string | null | undefined) =>
        shoeId && shoeIdMap.has(shoeId) && shoeIdMap.get(shoeId) !== shoeId ? shoeIdMap.get(shoeId) : undefined;
      if (event.type === "run.logged" && mapped(event.shoeId)) return { ...event, shoeId: mapped(event.shoeId) };
      if (event.type === "run.corrected" && mapped(event.changes.shoeId)) {
        return { ...event, changes: { ...event.changes, shoeId: mapped(event.changes.shoeId) } };
      }
      return event;
    });
    // The same judgement as POST /api/events (an export is a file anyone can edit): each refused
    // event is reported with its reason and the rest is brought back.
    const results = await this.events.ingest(userId, events, { kind: "restore" });
    const counts = { created: 0, duplicate: 0, conflict: 0, invalid: 0 };
    const refused: EventResult[] = [];
    for (const result of results) {
      counts[result.status] += 1;
      if (result.status === "invalid" && refused.length < maxRefusedListed) refused.push(result);
    }
    return {
      events: counts,
      refused,
      shoes: { created: createdShoes, existing: existingShoes },
      profileUpdated: true,
    };
  }
}

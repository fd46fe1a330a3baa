import type { ImportFileResult } from "@backstride/api-contract";
import { type BackstrideEvent, backstrideEventSchema, localDateOf } from "@backstride/domain";
import { ImportError, type ImportedActivity, type ImportResult } from "@backstride/importers";
import type { ImportCapacity } from "../config/import-capacity.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex, uuidFromHash } from "./crypto-tools.ts";
import type { EventsService } from "./events-service.ts";
import type { ImportDecoder } from "./import-decoder.ts";

/** Zip archives start with a local file header ("PK\x03\x04"); those run as background jobs. Give it the first 4 bytes or more. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const surfaceBySubSport: Record<string, "treadmill" | "trail" | "track"> = {
  treadmill: "treadmill",
  trail: "trail",
  track: "track",
  indoor_running: "treadmill",
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

type SourcedActivity = ImportResult["activities"][number];

export interface ActivityPlacement {
  userId: string;
  timeZone: string;
  shoeId: string | null;
  keepTracks: boolean;
}

export class ImportsService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly clock: Clock,
    /** Every file is decoded in a worker thread, never on the event loop. */
    readonly decoder: ImportDecoder,
    readonly capacity: ImportCapacity,
  ) {}

  async placementFor(userId: string): Promise<ActivityPlacement> {
    const [profile, shoe] = await Promise.all([
      this.repositories.profiles.find(userId),
      this.repositories.shoes.findDefault(userId),
    ]);
    return {
      userId,
      timeZone: profile?.timeZone ?? "UTC",
      shoeId: shoe?.id ?? null,
      keepTracks: profile?.keepGpsTracks ?? false,
    };
  }

  /** A run.logged event from a running activity, or null for other sports (they are not runs). */
  runEvent(
    activity: ImportedActivity,
    placement: ActivityPlacement,
    importHash: string,
    eventId: string,
  ): BackstrideEvent | null {
    if (activity.sport !== "running") return null;
    const startTime = activity.startTime ?? this.clock.now().toISOString();
    const event: BackstrideEvent = {
      id: eventId,
      version: 1,
      type: "run.logged",
      occurredAt: startTime,
      localDate: localDateOf(startTime, placement.timeZone),
      distanceMeters: round(clamp(activity.distanceMeters, 500_000), 1),
      durationSeconds: round(clamp(activity.elapsedSeconds, 604_800), 1),
      movingSeconds: round(clamp(activity.movingSeconds, 604_800), 1),
      surface: surfaceBySubSport[activity.subSport ?? ""] ?? "unknown",
      source: "import",
      importHash,
      ...(placement.shoeId ? { shoeId: placement.shoeId } : {}),
      ...(activity.cadence ? { cadenceStepsPerMinute: round(clamp(activity.cadence.avgStepsPerMinute, 300), 1) } : {}),
      ...(activity.downhillShare !== null ? { downhillShare: round(clamp(activity.downhillShare, 1), 4) } : {}),
      ...(activity.elevation
        ? {
            elevationGainMeters: round(clamp(activity.elevation.gainMeters, 20_000), 1),
            elevationLossMeters: round(clamp(activity.elevation.lossMeters, 20_000), 1),
          }
        : {}),
    };
    return event;
  }

  /**
   * Saves the running activities of one file (or one archive entry) and returns its result. The event
   * id comes from the activity's start time and sport, so the same run from any file is stored once.
   */
  async saveActivities(
    placement: ActivityPlacement,
    fileName: string,
    format: string,
    contentHash: string,
    activities: readonly SourcedActivity[],
  ): Promise<ImportFileResult> {
    const runIds: string[] = [];
    let created = 0;
    let skippedSports = 0;
    const invalid: string[] = [];
    const impossible: string[] = [];
    for (const [index, activity] of activities.entries()) {
      const identity = activity.startTime
        ? `${placement.userId}|${activity.sport}|${activity.startTime}`
        : `${placement.userId}|${contentHash}|${index}`;
      const eventId = uuidFromHash(sha256Hex(identity));
      const event = this.runEvent(activity, placement, contentHash, eventId);
      if (!event) {
        skippedSports += 1;
        continue;
      }
      // The importer's numbers are checked like any client's: a value out of range never gets stored.
      const checked = backstrideEventSchema.safeParse(event);
      if (!checked.success) {
        invalid.push(checked.error.issues[0]?.path.join(".") ?? "event");
        continue;
      }
      // A file from a watch is no more trusted than a typed run: it passes the gate of POST /api/events
      // (EventsService.judge), so a run no one could run or a date no one lived is never stored.
      const [result] = await this.events.ingest(placement.userId, [checked.data], { kind: "runner" });
      if (!result || result.status === "invalid") {
        impossible.push(result?.message ?? "The run was refused.");
        continue;
      }
      const { status } = result;
      runIds.push(eventId);
      if (status === "created") {
        created += 1;
        await this.repositories.imports.insertActivity(placement.userId, {
          eventId,
          contentHash,
          fileName,
          format,
          sport: activity.sport,
          startTime: activity.startTime,
          detail: JSON.stringify({
            cadenceBands: activity.cadence?.bands ?? null,
            heartRate: activity.heartRate,
            runningDynamics: activity.runningDynamics,
            name: activity.name ?? null,
          }),
          track: placement.keepTracks && activity.track ? JSON.stringify(activity.track) : null,
        });
      }
    }
    const refusedNote =
      impossible.length > 0
        ? ` ${impossible.length} run${impossible.length === 1 ? " was" : "s were"} not taken: ${impossible[0]}`
        : "";
    if (runIds.length === 0 && impossible.length > 0) {
      return { file: fileName, status: "error", message: `This run cannot be stored. ${impossible[0]}`, runIds };
    }
    if (runIds.length === 0 && invalid.length > 0) {
      return { file: fileName, status: "error", message: `The run could not be read (${invalid.join(", ")}).`, runIds };
    }
    if (runIds.length === 0) {
      const sports = [...new Set(activities.map((activity) => activity.sport))].join(", ");
      return {
        file: fileName,
        status: "error",
        message: `No run in this file (found: ${sports || "nothing"}).`,
        runIds,
      };
    }
    const others =
      skippedSports > 0 ? ` ${skippedSports} other activit${skippedSports === 1 ? "y" : "ies"} skipped.` : "";
    if (created === 0) {
      return { file: fileName, status: "duplicate", message: `Already imported.${others}${refusedNote}`, runIds };
    }
    return {
      file: fileName,
      status: "imported",
      message: `Imported ${created} run${created === 1 ? "" : "s"}.${others}${refusedNote}`,
      runIds,
    };
  }

  /** One uploaded non-archive file, spooled to disk (hashed on the way): dedupe by content hash, decode, save. */
  async importFile(
    userId: string,
    fileName: string,
    upload: { path: string; contentHash: string },
  ): Promise<ImportFileResult> {
    const { contentHash } = upload;
    const known = await this.repositories.imports.findFile(userId, contentHash);
    if (known) {
      return { file: fileName, status: "duplicate", message: "This file was imported before.", runIds: known.runIds };
    }
    const placement = await this.placementFor(userId);
    let decoded: ImportResult;
    try {
      decoded = (await this.decoder.decode({ path: upload.path }, fileName, placement.keepTracks)).result;
    } catch (error) {
      if (error instanceof ImportError) return { file: fileName, status: "error", message: error.message, runIds: [] };
      throw error;
    }
    const result = await this.saveActivities(placement, fileName, decoded.format, contentHash, decoded.activities);
    const warnings = decoded.issues.filter((issue) => issue.severity === "warning").map((issue) => issue.message);
    if (warnings.length > 0) result.message = `${result.message} ${warnings.slice(0, 3).join(" ")}`;
    if (result.status !== "error") {
      await this.repositories.imports.insertFile(
        userId,
        { contentHash, fileName, format: decoded.format, runIds: result.runIds },
        this.clock.now().toISOString(),
      );
    }
    return result;
  }

  async knownArchive(userId: string, contentHash: string) {
    return this.repositories.imports.findFile(userId, contentHash);
  }

  async recordArchive(userId: string, fileName: string, contentHash: string, runIds: string[]): Promise<void> {
    await this.repositories.imports.insertFile(
      userId,
      { contentHash, fileName, format: "zip", runIds },
      this.clock.now().toISOString(),
    );
  }
}

import type { Run } from "@backstride/api-contract";
import type { EventOf } from "@backstride/domain";
import type { Repositories } from "../repositories/repositories.ts";
import type { EventsService } from "./events-service.ts";

/** The run list is derived: run.logged events, with shoe names and what an import kept beside them. */
export class RunsService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
  ) {}

  async list(userId: string, options: { limit: number; before?: string }): Promise<Run[]> {
    const [events, shoes, imported] = await Promise.all([
      this.events.all(userId, ["run.logged"]),
      this.repositories.shoes.list(userId),
      this.repositories.imports.activities(userId),
    ]);
    const shoeNames = new Map(shoes.map((shoe) => [shoe.id, shoe.name]));
    const details = new Map(imported.map((row) => [row.eventId, row]));
    const runs = (events as EventOf<"run.logged">[])
      .filter((run) => options.before === undefined || run.localDate <= options.before)
      .sort((a, b) =>
        a.localDate === b.localDate ? b.occurredAt.localeCompare(a.occurredAt) : b.localDate.localeCompare(a.localDate),
      )
      .slice(0, options.limit);
    return runs.map((run) => {
      const detail = details.get(run.id);
      const extra = detail
        ? (JSON.parse(detail.detail) as Omit<NonNullable<Run["import"]>, "fileName" | "format" | "sport" | "startTime">)
        : null;
      return {
        id: run.id,
        localDate: run.localDate,
        occurredAt: run.occurredAt,
        distanceMeters: run.distanceMeters,
        durationSeconds: run.durationSeconds,
        movingSeconds: run.movingSeconds ?? null,
        surface: run.surface,
        shoeId: run.shoeId ?? null,
        shoeName: run.shoeId ? (shoeNames.get(run.shoeId) ?? null) : null,
        painDuring0to10: run.painDuring0to10 ?? null,
        painAfter0to10: run.painAfter0to10 ?? null,
        notes: run.notes ?? null,
        source: run.source,
        cadenceStepsPerMinute: run.cadenceStepsPerMinute ?? null,
        downhillShare: run.downhillShare ?? null,
        elevationGainMeters: run.elevationGainMeters ?? null,
        elevationLossMeters: run.elevationLossMeters ?? null,
        import:
          detail && extra
            ? {
                fileName: detail.fileName,
                format: detail.format,
                sport: detail.sport,
                startTime: detail.startTime,
                cadenceBands: extra.cadenceBands,
                heartRate: extra.heartRate,
                runningDynamics: extra.runningDynamics,
                name: extra.name,
              }
            : null,
      };
    });
  }
}

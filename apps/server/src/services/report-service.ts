import type { ReportQuery } from "@backstride/api-contract";
import { addDays, clinicianReport, defaultProtocol, planStartDate, runnerToday } from "@backstride/domain";
import { notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import type { EventsService } from "./events-service.ts";
import { localDateIn } from "./local-date-in.ts";
import { type Paper, reportPdf } from "./report-pdf.ts";
import type { ShoesService } from "./shoes-service.ts";

/** The report's default period: the 12 weeks up to today, or from the plan's start if later (as the app). */
function periodOf(query: ReportQuery, today: string, start: string | null) {
  const twelveWeeks = addDays(today, -83);
  const from = query.from ?? (start && start > twelveWeeks ? start : twelveWeeks);
  return { from, to: query.to ?? (from > today ? from : today) };
}

/**
 * The clinician report as a PDF: loads the runner's log, profile and shoes, lets the domain's
 * clinicianReport write the lines (the same ones the app prints) and renders them.
 */
export class ReportService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly shoes: ShoesService,
    private readonly clock: Clock,
  ) {}

  /**
   * `auditAs`: the reader to write in the runner's audit log under `action` (a route id, as every
   * audited read). A coach's download is already audited by the consent check; the runner's own is
   * audited here, so every download leaves a line.
   */
  async pdf(
    runnerId: string,
    query: ReportQuery,
    auditAs: { id: string; name: string; action: string } | null,
  ): Promise<{ bytes: Buffer; fileName: string }> {
    const [user, profile, events, shoes] = await Promise.all([
      this.repositories.users.findById(runnerId),
      this.repositories.profiles.find(runnerId),
      this.events.all(runnerId),
      this.shoes.list(runnerId),
    ]);
    if (!user) throw notFound("runner");
    const now = this.clock.now();
    const today = runnerToday({ zoneToday: localDateIn(now, profile?.timeZone ?? "UTC"), events });
    const period = periodOf(query, today, planStartDate(events));
    const report = clinicianReport({
      runnerName: profile?.displayName ?? user.name,
      events,
      protocol: defaultProtocol,
      from: period.from,
      to: period.to,
      today,
      shoes: shoes.map((shoe) => ({
        name: shoe.name,
        distanceMeters: shoe.distanceMeters,
        dropMm: shoe.dropMm,
        retiredAt: shoe.retiredAt,
      })),
      distanceUnit: profile?.distanceUnit ?? "km",
    });
    const bytes = await reportPdf({ report, paper: query.paper as Paper, createdAt: now });
    if (auditAs) {
      await this.repositories.coaching.insertAudit({
        runnerId,
        coachId: auditAs.id,
        coachName: auditAs.name,
        action: auditAs.action,
        at: now.toISOString(),
      });
    }
    return { bytes, fileName: `backstride-report-${period.from}-to-${period.to}-${query.paper}.pdf` };
  }
}

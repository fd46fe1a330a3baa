import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";
import { ReportService } from "../../services/report-service.ts";
import type { Services } from "../../services/services.ts";

const pdfType = "application/pdf";

/** The service holds no state of its own, so one per request costs nothing. */
const reportsOf = (services: Services) =>
  new ReportService(services.repositories, services.events, services.shoes, services.clock);

/** A coach's download passes the consent check and is audited under its route id first (register-route.ts). */
export const reportHandlers: Pick<Handlers, "reportPdf" | "athleteReportPdf"> = {
  reportPdf: async ({ auth, query, reply, services }) => {
    const user = auth.session.user;
    const { bytes, fileName } = await reportsOf(services).pdf(auth.userId, query, {
      id: user.id,
      name: user.name,
      action: "reportPdf",
    });
    reply.header("content-disposition", `attachment; filename="${fileName}"`);
    return new RawBody(bytes, pdfType);
  },
  athleteReportPdf: async ({ params, query, reply, services }) => {
    const { bytes, fileName } = await reportsOf(services).pdf(params.runnerId, query, null);
    reply.header("content-disposition", `attachment; filename="${fileName}"`);
    return new RawBody(bytes, pdfType);
  },
};

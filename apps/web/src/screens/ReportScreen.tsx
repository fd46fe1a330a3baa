import { clinicianReport, defaultProtocol, planStartDate } from "@backstride/domain";
import { useMemo, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { ReportPage } from "../components/ReportPage.tsx";
import { ReportPdfDownload } from "../components/ReportPdfDownload.tsx";
import { TextField } from "../components/TextField.tsx";
import { defaultReportPeriod, reportPeriodProblem } from "../lib/report-period.ts";

/** The clinician report: choose a period, print it or download the server's PDF (A4 or Letter, black on white). */
export default function ReportScreen() {
  const { events, profile, shoes, today } = useData();
  const initial = useMemo(() => defaultReportPeriod(today, planStartDate(events)), [today, events]);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const problem = reportPeriodProblem(from, to);
  const report = useMemo(
    () =>
      problem
        ? null
        : clinicianReport({
            runnerName: profile.displayName,
            events,
            protocol: defaultProtocol,
            from,
            to,
            today,
            shoes,
            distanceUnit: profile.distanceUnit,
          }),
    [problem, profile, events, from, to, today, shoes],
  );
  return (
    <Page title="Report for your clinician" lead="One page about your recovery for a physio or doctor.">
      <div className="card no-print">
        <div className="field-row">
          <TextField label="From" type="date" value={from} onValue={setFrom} error={problem ?? undefined} />
          <TextField label="To" type="date" value={to} onValue={setTo} />
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => window.print()} disabled={!report}>
            Print
          </button>
        </div>
        {report ? <ReportPdfDownload base="/api" period={{ from, to }} /> : null}
      </div>
      {report ? <ReportPage report={report} /> : null}
    </Page>
  );
}

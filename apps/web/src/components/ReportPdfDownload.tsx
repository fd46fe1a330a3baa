import { useState } from "react";
import { defaultPaper, type Paper, reportPdfUrl } from "../lib/report-period.ts";
import { SelectField } from "./SelectField.tsx";

const papers = [
  { value: "a4", label: "A4" },
  { value: "letter", label: "Letter" },
] as const;

/**
 * "Download PDF": the server makes the report (the same lines as the printed page) on the chosen paper.
 * `base` is "/api" for the runner's own report, "/api/athletes/<id>" for a coach's; each download is
 * written in the runner's audit list.
 */
export function ReportPdfDownload({ base, period }: { base: string; period?: { from: string; to: string } }) {
  const [paper, setPaper] = useState<Paper>(() => defaultPaper(navigator.language));
  return (
    <>
      <SelectField label="Paper for the PDF" value={paper} options={papers} onValue={setPaper} />
      <div className="button-row">
        <a className="button" href={reportPdfUrl(base, paper, period)} download>
          Download PDF
        </a>
      </div>
    </>
  );
}

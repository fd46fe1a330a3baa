import type { ClinicianReport } from "@backstride/domain";
import "./report.css";

/** The clinician report as a printable page: plain text and rules only, so it reads in black and white. */
export function ReportPage({ report }: { report: ClinicianReport }) {
  return (
    <article className="report-page" aria-labelledby="report-title">
      <h2 id="report-title">{report.title}</h2>
      <p className="report-subtitle">{report.subtitle}</p>
      {report.sections.map((section) => (
        <section key={section.title} className="report-section">
          <h3>{section.title}</h3>
          <ul>
            {section.lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are fixed text; two may read the same.
              <li key={index}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

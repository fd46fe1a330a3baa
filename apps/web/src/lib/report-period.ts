import { addDays } from "@backstride/domain";

/** The report's default period: the last 12 weeks up to today, or from the plan's start if later. */
export function defaultReportPeriod(today: string, startDate: string | null): { from: string; to: string } {
  const twelveWeeks = addDays(today, -83);
  return { from: startDate && startDate > twelveWeeks ? startDate : twelveWeeks, to: today };
}

/** A period the report can be made for: both dates, the first not after the last, at most a year. */
export function reportPeriodProblem(from: string, to: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return "Choose both dates.";
  if (from > to) return "The first day must come before the last.";
  if (addDays(from, 366) < to) return "Choose a period of at most a year.";
  return null;
}

export type Paper = "a4" | "letter";

/** Letter where it is the usual paper (the US, Canada, Mexico and a few others), A4 everywhere else. */
export function defaultPaper(locale: string): Paper {
  const region = locale.split(/[-_]/)[1]?.toUpperCase() ?? "";
  return ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR"].includes(region) ? "letter" : "a4";
}

/**
 * The server's PDF of the report: `base` is "/api" for the runner's own or "/api/athletes/<id>" for a
 * coach; without a period the server takes the last 12 weeks (or from the plan's start).
 */
export function reportPdfUrl(base: string, paper: Paper, period?: { from: string; to: string }): string {
  const query = new URLSearchParams(period ? { from: period.from, to: period.to, paper } : { paper });
  return `${base}/report.pdf?${query.toString()}`;
}

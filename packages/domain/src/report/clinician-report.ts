import { causeQuestions } from "../causes/cause-questions.ts";
import { addDays, minDate } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import { formatDayWithYear } from "../dates/weekday-name.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { outcomeSummary } from "../outcomes/outcome-summary.ts";
import { effectiveLog } from "../plan/machine/effective-log.ts";
import { stateOn } from "../plan/machine/state-on.ts";
import { planFor } from "../plan/plan-for.ts";
import { recoveryTimeline } from "../plan/recovery-timeline.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";
import { weekAdherenceWords, weeklyAdherence } from "./weekly-adherence.ts";

export interface ReportSection {
  title: string;
  /** Plain lines: the app prints them as a list, the PDF as text, both readable in black and white. */
  lines: string[];
}

export interface ClinicianReport {
  title: string;
  /** "Runner: Ana Diaz · Mon 2 Mar 2026 to Sun 29 Mar 2026 · made Mon 30 Mar 2026". */
  subtitle: string;
  sections: ReportSection[];
}

const one = (value: number) => value.toFixed(1);
const stateWords: Record<string, string> = {
  "awaiting-triage": "Safety questions",
  "blocked-by-flag": "Stopped for a red flag",
  relief: "Relief (72 hours)",
  rebuild: "Rebuild weeks",
  return: "Return to running",
  "no-impact": "No impact",
  progression: "Progression",
  maintenance: "Maintenance",
};

function weeksOf(from: LocalDate, to: LocalDate): LocalDate[] {
  const weeks: LocalDate[] = [];
  for (let week = isoWeekStart(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * One page for a clinician about one runner and one period: the episode, red flags and clearances, the
 * phases, pain, outcome measures against their important differences, adherence, load, cadence and
 * downhill, shoes and the coach's notes. Pure: the web prints it and the server writes it as a PDF.
 */
export function clinicianReport(input: {
  runnerName: string;
  /** The runner's log, sorted. */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  /** First and last day of the period (inclusive). */
  from: LocalDate;
  to: LocalDate;
  /** The day the report is made (the runner's today). */
  today: LocalDate;
  shoes: readonly { name: string; distanceMeters: number; dropMm: number | null; retiredAt: string | null }[];
  distanceUnit: DistanceUnit;
}): ClinicianReport {
  const { from, to, distanceUnit } = input;
  const end = minDate(to, input.today);
  const log = effectiveLog(input.events).filter((event) => event.localDate <= end);
  const inPeriod = (event: BackstrideEvent) => event.localDate >= from && event.localDate <= end;
  const plan = planFor(input.events, input.protocol, end, { distanceUnit });
  const distance = (meters: number) => formatDistance(meters, distanceUnit);
  const sections: ReportSection[] = [];

  const episode = [...log].reverse().find((event) => event.type === "episode.reported");
  const causes = [...log].reverse().find((event) => event.type === "causes.assessed");
  const yes = causes
    ? causeQuestions.filter((question) => causes.answers[question.id] === true).map((question) => question.text)
    : [];
  sections.push({
    title: "Episode",
    lines: [
      episode
        ? `Onset ${formatDayWithYear(episode.onsetAt.slice(0, 10))}; pain at the start ${episode.pain0to10}/10; leg symptoms: ${episode.legSymptoms ? "yes" : "no"}.`
        : "No episode recorded.",
      causes
        ? `Cause finder, answered yes: ${yes.length === 0 ? "none" : yes.join(" ")}`
        : "Cause finder not answered.",
    ],
  });

  sections.push({
    title: "Red flags and clearances",
    lines:
      plan.history.length === 0
        ? ["No red flag raised."]
        : plan.history.map((entry) => `${formatDayWithYear(entry.localDate)}: ${entry.title}. ${entry.detail}`),
  });

  const timeline = recoveryTimeline({ events: input.events, protocol: input.protocol, today: end });
  // A day held off impact inside a phase is counted in that phase's line, not given a line of its own:
  // a runner whose pain rules hold every other day would otherwise fill the page with one-day lines.
  const phases: { name: string; from: LocalDate; to: LocalDate; noImpactDays: number }[] = [];
  for (let day = from; day <= end; day = addDays(day, 1)) {
    const name = stateOn(timeline, day);
    const last = phases[phases.length - 1];
    if (last && name === "no-impact" && last.name !== "no-impact") {
      last.to = day;
      last.noImpactDays += 1;
    } else if (last && last.name === name) last.to = day;
    else phases.push({ name, from: day, to: day, noImpactDays: name === "no-impact" ? 1 : 0 });
  }
  sections.push({
    title: "Phases",
    lines: phases.map(
      (phase) =>
        `${formatDayWithYear(phase.from)} to ${formatDayWithYear(phase.to)}: ${stateWords[phase.name] ?? phase.name}${phase.name !== "no-impact" && phase.noImpactDays > 0 ? ` (no impact on ${phase.noImpactDays} ${phase.noImpactDays === 1 ? "day" : "days"})` : ""}`,
    ),
  });

  const weeks = weeksOf(from, end);
  const painLines = weeks.flatMap((week) => {
    const readings = log.flatMap((event) =>
      (event.type === "pain.checkin" || event.type === "flare-up.reported") &&
      event.localDate >= week &&
      event.localDate <= addDays(week, 6)
        ? [event.pain0to10]
        : [],
    );
    const average = mean(readings);
    return average === null
      ? [`Week of ${formatDayWithYear(week)}: no check-in`]
      : [
          `Week of ${formatDayWithYear(week)}: pain averaged ${one(average)}/10, highest ${Math.max(...readings)}/10 (${readings.length} check-ins)`,
        ];
  });
  const flareUps = log.filter((event) => event.type === "flare-up.reported" && inPeriod(event)).length;
  sections.push({ title: "Pain trend", lines: [...painLines, `Flare-ups in the period: ${flareUps}.`] });

  const outcomes = outcomeSummary({ events: log, today: end, dischargeFrom: null });
  sections.push({
    title: "Outcome measures",
    lines:
      outcomes.records.length === 0
        ? ["No outcome measures answered."]
        : [
            ...outcomes.records.map(
              (record) =>
                `${formatDayWithYear(record.localDate)} (${record.timepoint}): pain now ${record.nprs.now0to10}, average ${record.nprs.average0to10}, worst ${record.nprs.worst0to10} (score ${one(record.painScore)}); activities ${record.psfs.map((item) => `${item.activity} ${item.score0to10}`).join(", ")}${record.globalChange === null ? "" : `; global change ${record.globalChange > 0 ? "+" : ""}${record.globalChange}`}`,
            ),
            `Pain (NPRS, important change 2 points or 30%, Ostelo 2008): ${outcomes.painChange?.words ?? "one answer so far."}`,
            `Activities (PSFS, important change 1.4 points, Maughan & Lewis 2010): ${outcomes.activityChange?.words ?? "not yet comparable."}`,
          ],
  });

  sections.push({
    title: "Adherence (planned against done, per week)",
    lines: weeklyAdherence({ events: input.events, protocol: input.protocol, from, to: end, today: input.today }).map(
      weekAdherenceWords,
    ),
  });

  const runs = log.flatMap((event) => (event.type === "run.logged" ? [event] : []));
  const weekMeters = (week: LocalDate) =>
    runs
      .filter((run) => run.localDate >= week && run.localDate <= addDays(week, 6))
      .reduce((sum, run) => sum + run.distanceMeters, 0);
  const spikes = runs.filter((run) => {
    if (!inPeriod(run)) return false;
    const longest = Math.max(
      0,
      ...runs
        .filter((other) => other.localDate < run.localDate && other.localDate >= addDays(run.localDate, -30))
        .map((other) => other.distanceMeters),
    );
    return longest > 0 && run.distanceMeters > longest * input.protocol.load.singleRunSpikeRatio;
  }).length;
  sections.push({
    title: "Load (weekly distance against the 10% cap)",
    lines: [
      ...weeks.map((week) => {
        const meters = weekMeters(week);
        const before = weekMeters(addDays(week, -7));
        const cap = before > 0 ? before * (1 + input.protocol.load.maxWeeklyIncreaseShare) : null;
        return `Week of ${formatDayWithYear(week)}: ${distance(meters)}${cap === null ? "" : ` (cap ${distance(cap)}${meters > cap ? ", over" : ""})`}`;
      }),
      `Single runs over 110% of the longest of the 30 days before: ${spikes}.`,
    ],
  });

  const periodRuns = runs.filter(inPeriod);
  const half = Math.floor(periodRuns.length / 2);
  const cadence = (list: typeof runs) =>
    mean(list.flatMap((run) => (run.cadenceStepsPerMinute === undefined ? [] : [run.cadenceStepsPerMinute])));
  const downhill = (list: typeof runs) =>
    mean(list.flatMap((run) => (run.downhillShare === undefined ? [] : [run.downhillShare * 100])));
  const change = (label: string, unit: string, first: number | null, second: number | null) =>
    first === null || second === null
      ? `${label}: not recorded.`
      : `${label}: ${one(first)}${unit} in the first half of the period, ${one(second)}${unit} in the second.`;
  sections.push({
    title: "Cadence and downhill",
    lines: [
      change("Cadence", " steps/min", cadence(periodRuns.slice(0, half)), cadence(periodRuns.slice(half))),
      change("Downhill share", "%", downhill(periodRuns.slice(0, half)), downhill(periodRuns.slice(half))),
    ],
  });

  sections.push({
    title: "Shoes",
    lines:
      input.shoes.length === 0
        ? ["No shoes recorded."]
        : input.shoes.map(
            (shoe) =>
              `${shoe.name}: ${distance(shoe.distanceMeters)}${shoe.dropMm === null ? "" : `, ${shoe.dropMm} mm drop`}${shoe.retiredAt ? ", retired" : ""}`,
          ),
  });

  const notes = log.flatMap((event) => {
    if (event.type !== "coach.adjustment" || !inPeriod(event)) return [];
    const adjustment = event.adjustment;
    const text =
      adjustment.kind === "note"
        ? adjustment.text
        : `${adjustment.kind.replaceAll("-", " ")}${"reason" in adjustment && adjustment.reason ? `: ${adjustment.reason}` : ""}`;
    return [`${formatDayWithYear(event.localDate)}: ${text}`];
  });
  sections.push({ title: "Coach's notes and changes", lines: notes.length === 0 ? ["None in the period."] : notes });

  return {
    title: "Backstride clinician report",
    subtitle: `Runner: ${input.runnerName} · ${formatDayWithYear(from)} to ${formatDayWithYear(to)} · made ${formatDayWithYear(input.today)}`,
    sections,
  };
}

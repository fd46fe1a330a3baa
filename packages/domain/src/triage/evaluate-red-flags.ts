import { defaultProtocol } from "../protocol/default-protocol.ts";
import { addLocalDays, describeLocalDate } from "./local-day.ts";
import { redFlagQuestions } from "./red-flag-questions.ts";
import type { RedFlagLevel, RedFlagQuestion, RedFlagResult } from "./triage-types.ts";

/** Most serious first; the highest level answered yes wins. */
const LEVEL_ORDER: readonly RedFlagLevel[] = ["emergency", "urgent", "soon", "none"];

/** Days within which to be seen at each level (emergency: now; urgent: within days; soon: 2 weeks). */
export const seeClinicianWithinDaysByLevel = { emergency: 0, urgent: 3, soon: 14 } as const;

export interface EvaluateRedFlagsOptions {
  /** The runner's local date, `YYYY-MM-DD`; when given, actions name the day to be seen by. */
  today?: string;
  /** The runner's pain stop level, quoted in the advice while waiting for an appointment (default 3). */
  stopThreshold0to10?: number;
  /** The questions to evaluate against; defaults to Backstride's list. */
  questions?: readonly RedFlagQuestion[];
}

function levelRank(level: RedFlagLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

function joinPlain(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function byWhen(today: string | undefined, withinDays: number): string {
  if (today === undefined) return `within ${withinDays} days`;
  return `by ${describeLocalDate(addLocalDays(today, withinDays))}`;
}

function emergencyActions(flags: RedFlagQuestion[]): string[] {
  const emergencyFlags = flags.filter((flag) => flag.level === "emergency");
  const symptoms = joinPlain(unique(emergencyFlags.map((flag) => flag.symptom ?? flag.text)));
  const suspected = joinPlain(unique(emergencyFlags.flatMap((flag) => (flag.suspected ? [flag.suspected] : []))));
  const say = suspected
    ? `Tell them: "I have back pain and ${symptoms}. I am worried about ${suspected}."`
    : `Tell them: "I have back pain and ${symptoms}."`;
  return [
    "Go to A&E (the emergency department) now. If you cannot get there safely, call your local emergency number (999 in the UK, 112 in Europe, 911 in North America).",
    "Do not drive yourself if your legs feel weak, numb or unsteady: ask someone to take you, or call an ambulance.",
    say,
    "Do not run or exercise until a doctor has seen you and you have recorded their all-clear in Backstride.",
  ];
}

function urgentActions(today: string | undefined): string[] {
  const when = byWhen(today, seeClinicianWithinDaysByLevel.urgent);
  return [
    `See a doctor or sports physician ${when}. Tell them which of these signs you have.`,
    "No running until they have checked you and you have recorded their all-clear in Backstride.",
    "If you notice numbness around the groin or buttocks, bladder or bowel changes, or weakness in both legs, go to emergency care at once.",
  ];
}

function soonActions(today: string | undefined, stopThreshold0to10: number): string[] {
  const when = byWhen(today, seeClinicianWithinDaysByLevel.soon);
  return [
    `Book an appointment with your doctor or a physiotherapist ${when}.`,
    `Until then you can keep to your plan, stopping any run when pain reaches ${stopThreshold0to10}/10.`,
    "If new warning signs appear, answer the questions again straight away.",
  ];
}

/**
 * Turns the runner's red-flag answers (question id -> yes) into what to do. The most serious level
 * answered yes wins; unknown ids and unanswered questions count as no. Pure: `today` only shapes text.
 */
export function evaluateRedFlags(
  answers: Record<string, boolean>,
  options: EvaluateRedFlagsOptions = {},
): RedFlagResult {
  const questions = options.questions ?? redFlagQuestions;
  const flags = questions
    .filter((question) => answers[question.id] === true)
    .map((question, index) => ({ question, index }))
    .sort((a, b) => levelRank(a.question.level) - levelRank(b.question.level) || a.index - b.index)
    .map(({ question }) => question);
  const level: RedFlagLevel = flags[0]?.level ?? "none";
  const withBy = (withinDays: number): Pick<RedFlagResult, "seeClinicianWithinDays" | "seeClinicianBy"> =>
    options.today === undefined
      ? { seeClinicianWithinDays: withinDays }
      : { seeClinicianWithinDays: withinDays, seeClinicianBy: addLocalDays(options.today, withinDays) };

  switch (level) {
    case "emergency":
      return {
        level,
        flags,
        title: "Go to emergency care now",
        actions: emergencyActions(flags),
        blocksRunningUntilClearance: true,
        ...withBy(seeClinicianWithinDaysByLevel.emergency),
      };
    case "urgent":
      return {
        level,
        flags,
        title: "See a doctor within the next few days",
        actions: urgentActions(options.today),
        blocksRunningUntilClearance: true,
        ...withBy(seeClinicianWithinDaysByLevel.urgent),
      };
    case "soon":
      return {
        level,
        flags,
        title: "Book a check-up in the next 2 weeks",
        actions: soonActions(options.today, options.stopThreshold0to10 ?? defaultProtocol.pain.stopThreshold0to10),
        blocksRunningUntilClearance: false,
        ...withBy(seeClinicianWithinDaysByLevel.soon),
      };
    case "none":
      return {
        level,
        flags,
        title: "No warning signs",
        actions: [
          "Nothing you told us needs a doctor right now: carry on with your plan.",
          "We will ask again at any flare-up or if new leg symptoms appear.",
        ],
        blocksRunningUntilClearance: false,
      };
  }
}

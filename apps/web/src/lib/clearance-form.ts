/**
 * A clinician's all-clear (or a visit about a "soon" flag) as a clinical record: who saw the runner
 * (name and role), on which day (not in the future, not before the flag was raised) and for which flag.
 */
import {
  type BackstrideEvent,
  formatDayWithYear,
  noImprovementQuestionId,
  type PlanState,
  type RedFlagQuestion,
} from "@backstride/domain";

export type ClinicianRole = "gp" | "physio" | "emergency-department" | "specialist" | "other";

/** The roles the event knows, with how the form offers them and how the record names them. */
export const clinicianRoles: readonly { value: ClinicianRole; label: string; noun: string }[] = [
  { value: "gp", label: "GP (family doctor)", noun: "GP" },
  { value: "physio", label: "Physiotherapist", noun: "physiotherapist" },
  { value: "emergency-department", label: "Emergency department (A&E)", noun: "emergency department" },
  { value: "specialist", label: "Specialist (spine, sports medicine, rheumatology)", noun: "specialist" },
  { value: "other", label: "Another clinician", noun: "clinician" },
];

/** One open concern the runner may have been seen about. */
export interface ClearanceTarget {
  /** Unique within the form (a red-flag question id or a plan flag id). */
  key: string;
  /** What the event's flagIds carries for it. */
  flagIds: string[];
  level: "emergency" | "urgent" | "soon";
  label: string;
  /** The day it was raised; a visit before it cannot be about it. Null when unknown. */
  raisedOn: string | null;
  /** Emergency and urgent flags need an all-clear; "soon" ones a visit. */
  kind: "clearance" | "visit";
  /** The open red flag (preselected) or the plan's no-improvement alert. */
  source: "red-flag" | "no-improvement";
}

/**
 * The day a red-flag answer was first given in the run of answers that still holds it: walking back
 * from the newest event, the run ends at an answer without it or at a clearance that covered it.
 */
export function flagRaisedOn(events: readonly BackstrideEvent[], flagId: string): string | null {
  let raised: string | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (!event) continue;
    if (event.type === "clearance.recorded" && (event.flagIds === undefined || event.flagIds.includes(flagId))) break;
    if (event.type === "triage.answered") {
      if (event.answers[flagId] !== true) break;
      raised = event.localDate;
    }
  }
  return raised;
}

function targetOfQuestion(
  question: RedFlagQuestion,
  events: readonly BackstrideEvent[],
  history: PlanState["history"],
): ClearanceTarget {
  // A flag raised by a check-in (not an answer) has its day in the plan's history.
  const fromHistory = history.filter((entry) => entry.kind === "red-flag").at(-1)?.localDate ?? null;
  return {
    key: question.id,
    flagIds: [question.id],
    level: question.level,
    // The symptom in the runner's words ("New bladder problems") is shorter than the question asked.
    label: question.symptom ? `${question.symptom.charAt(0).toUpperCase()}${question.symptom.slice(1)}` : question.text,
    raisedOn: flagRaisedOn(events, question.id) ?? fromHistory,
    kind: question.level === "soon" ? "visit" : "clearance",
    source: "red-flag",
  };
}

/** What the runner may have been seen about: the open red flag's questions, then "no better in 2 weeks". */
export function clearanceTargets(
  events: readonly BackstrideEvent[],
  plan: Pick<PlanState, "redFlag" | "flags" | "history">,
): ClearanceTarget[] {
  const targets = (plan.redFlag?.flags ?? []).map((question) => targetOfQuestion(question, events, plan.history));
  for (const flag of plan.flags) {
    if (!flag.id.startsWith("no-improvement")) continue;
    targets.push({
      key: flag.id,
      flagIds: [noImprovementQuestionId],
      level: "soon",
      label: flag.title,
      raisedOn: flag.since,
      kind: "visit",
      source: "no-improvement",
    });
  }
  return targets;
}

export interface ClearanceInput {
  clinicianName: string;
  clinicianRole: ClinicianRole | "";
  /** `YYYY-MM-DD`, the day the runner was seen. */
  seenOn: string;
  notes: string;
  /** Keys of the targets the visit was about. */
  chosen: readonly string[];
  /** The runner's today, so a date in the future can be refused. */
  today: string;
}

export type ClearanceErrors = Partial<Record<"clinicianName" | "clinicianRole" | "seenOn" | "flags" | "notes", string>>;

/** What the form starts with: the open red flag, or else every open concern. */
export function defaultChosen(targets: readonly ClearanceTarget[]): string[] {
  const flagged = targets.filter((target) => target.source === "red-flag");
  return (flagged.length > 0 ? flagged : targets).map((target) => target.key);
}

/** A visit only about "soon" flags is a visit; anything with an emergency or urgent flag an all-clear. */
export function recordKind(targets: readonly ClearanceTarget[], chosen: readonly string[]): "clearance" | "visit" {
  const picked = targets.filter((target) => chosen.includes(target.key));
  return picked.length > 0 && picked.every((target) => target.kind === "visit") ? "visit" : "clearance";
}

/** The first day the visit may be on: the day the latest of the chosen flags was raised. */
export function earliestSeenOn(targets: readonly ClearanceTarget[], chosen: readonly string[]): string | null {
  let latest: string | null = null;
  for (const target of targets) {
    if (!chosen.includes(target.key) || target.raisedOn === null) continue;
    if (latest === null || target.raisedOn > latest) latest = target.raisedOn;
  }
  return latest;
}

export function validateClearance(input: ClearanceInput, targets: readonly ClearanceTarget[]): ClearanceErrors {
  const errors: ClearanceErrors = {};
  const name = input.clinicianName.trim();
  if (name === "") errors.clinicianName = "Enter the name of the person who saw you.";
  else if (name.length > 150) errors.clinicianName = "Keep the name under 150 characters.";
  if (input.clinicianRole === "") errors.clinicianRole = "Choose who they are.";
  if (targets.length > 0 && !targets.some((target) => input.chosen.includes(target.key))) {
    errors.flags = "Choose what they saw you about.";
  }
  const raisedOn = earliestSeenOn(targets, input.chosen);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.seenOn)) errors.seenOn = "Enter the date you were seen.";
  else if (input.seenOn > input.today) errors.seenOn = "The date cannot be in the future.";
  else if (raisedOn !== null && input.seenOn < raisedOn) {
    errors.seenOn = `This was raised on ${formatDayWithYear(raisedOn)}: choose that day or later.`;
  }
  if (input.notes.length > 2000) errors.notes = "Keep the note under 2,000 characters.";
  return errors;
}

/** How the record names the clinician, e.g. "Dr Lee, physiotherapist". */
export function clinicianLabel(name: string, role: ClinicianRole): string {
  const noun = clinicianRoles.find((entry) => entry.value === role)?.noun ?? "clinician";
  return `${name.trim()}, ${noun}`;
}

export interface ClearanceRecord {
  type: "clearance.recorded";
  clinician: string;
  clinicianRole: ClinicianRole;
  seenOn: string;
  kind: "clearance" | "visit";
  flagIds?: string[];
  notes?: string;
}

/** The event body for a valid form. With no open flag it clears whatever is open (no flagIds). */
export function clearanceRecord(input: ClearanceInput, targets: readonly ClearanceTarget[]): ClearanceRecord {
  if (input.clinicianRole === "") throw new Error("clearanceRecord needs a valid form");
  const chosen = targets.filter((target) => input.chosen.includes(target.key));
  const flagIds = [...new Set(chosen.flatMap((target) => target.flagIds))];
  const notes = input.notes.trim();
  return {
    type: "clearance.recorded",
    clinician: clinicianLabel(input.clinicianName, input.clinicianRole),
    clinicianRole: input.clinicianRole,
    seenOn: input.seenOn,
    kind: recordKind(targets, input.chosen),
    ...(flagIds.length > 0 ? { flagIds } : {}),
    ...(notes ? { notes } : {}),
  };
}

/**
 * What happens after the record is saved, in the runner's words. An all-clear never goes straight
 * back to running: relief first, then the rebuild, and the safety questions again.
 */
export function whatHappensNext(kind: "clearance" | "visit", reliefUntil: string | null): string[] {
  if (kind === "visit") {
    return [
      "The reminder to see a clinician is closed.",
      "Keep following your plan and what they advised. If the pain changes or new signs appear, answer the safety questions again.",
    ];
  }
  const until = reliefUntil
    ? ` (until ${formatDayWithYear(reliefUntil.slice(0, 10))} at ${reliefUntil.slice(11, 16)})`
    : "";
  return [
    "Answer the safety questions again, so your plan starts from how you are today.",
    `Then 72 hours of relief${until}: pool or gentle walking, ice then heat, no running and no stretching.`,
    "Then the rebuild: the daily circuit, with walk/run brought back step by step. Not straight into running.",
  ];
}

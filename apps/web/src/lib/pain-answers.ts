import { formatDay, type PlanState, type PlanTask, weekdayName } from "@backstride/domain";

/**
 * One pain path for every way a session ends: what the runner answered goes into the event, and
 * nothing else. A missing answer stays missing (the plan reads it as unknown and asks again on Today);
 * inventing a 0 would count the session toward progression, inventing a stop would ban running.
 */
export function painFields(answers: { painDuring0to10: number | null; painAfter0to10: number | null }): {
  painDuring0to10?: number;
  painAfter0to10?: number;
} {
  return {
    ...(answers.painDuring0to10 !== null ? { painDuring0to10: answers.painDuring0to10 } : {}),
    ...(answers.painAfter0to10 !== null ? { painAfter0to10: answers.painAfter0to10 } : {}),
  };
}

/** True when neither pain was given: the saved session's pain is unknown until Today asks again. */
export function painUnknown(answers: { painDuring0to10: number | null; painAfter0to10: number | null }): boolean {
  return answers.painDuring0to10 === null && answers.painAfter0to10 === null;
}

/** The structured neurological questions of the check-in, asked as one yes/no group. */
export interface NeuroAnswers {
  legPain: boolean;
  numbnessOrTingling: boolean;
  weakness: boolean;
  bladderBowelSaddle: boolean;
}

export const noNeuroSymptoms: NeuroAnswers = {
  legPain: false,
  numbnessOrTingling: false,
  weakness: false,
  bladderBowelSaddle: false,
};

export const neuroQuestions: { key: keyof NeuroAnswers; question: string; hint?: string }[] = [
  { key: "legPain", question: "Pain going into a leg?", hint: "Below the buttock, into the thigh, calf or foot." },
  { key: "numbnessOrTingling", question: "Numbness or tingling?", hint: "In a leg, foot or toes." },
  { key: "weakness", question: "Weakness in a leg?", hint: "A foot that catches or a leg that gives way." },
  {
    key: "bladderBowelSaddle",
    question: "Changes in bladder or bowel control, or numbness in the saddle area?",
    hint: "Trouble peeing, leaking, or numbness between the legs or around the back passage.",
  },
];

/** The check-in's symptom fields; legSymptoms is kept for readers that only know the old single question. */
export function checkInSymptoms(answers: NeuroAnswers): NeuroAnswers & { legSymptoms: boolean } {
  return { ...answers, legSymptoms: answers.legPain || answers.numbnessOrTingling };
}

export function anyNeuroSymptom(answers: NeuroAnswers): boolean {
  return answers.legPain || answers.numbnessOrTingling || answers.weakness || answers.bladderBowelSaddle;
}

/**
 * Where the app goes after a check-in: straight to the red-flag questions when any symptom was
 * reported (the triage screen shows the emergency page at the first emergency answer), else nowhere.
 */
export function afterCheckInRoute(answers: NeuroAnswers): string | null {
  return anyNeuroSymptom(answers) ? "#/triage/leg-symptoms" : null;
}

/** "Relief until Thu 21:00" from the plan's local "YYYY-MM-DDTHH:mm"; relief is 72 hours, so the weekday is enough. */
export function reliefUntilWords(reliefUntil: string): string {
  const date = reliefUntil.slice(0, 10);
  const time = reliefUntil.slice(11, 16);
  return `Relief until ${weekdayName(date)} ${time}`;
}

/** The safety questions to answer first: the leg-symptom set after a check-in, the recheck set otherwise. */
export function triageFirstHref(triageFirst: NonNullable<PlanState["triageFirst"]>): string {
  return triageFirst.cause === "leg-symptoms" ? "#/triage/leg-symptoms" : "#/triage/recheck";
}

/** A question about an earlier session or run whose pain is unknown. */
export interface PainQuestionCard {
  forEventId: string;
  /** "How was your walk/run on Tue 3 Mar?" */
  question: string;
  impact: boolean;
}

/** "Walk/run on Tue 3 Mar" → "How was your walk/run on Tue 3 Mar?" */
export function painQuestionText(title: string, localDate?: string): string {
  const subject = title ? title.charAt(0).toLowerCase() + title.slice(1) : "session";
  const dated = localDate && !title.includes(formatDay(localDate)) ? `${subject} on ${formatDay(localDate)}` : subject;
  return `How was your ${dated}?`;
}

/**
 * The pain questions Today asks, each once: the plan's painQuestions first (newest first), then any
 * "pain-answer" task about a session not already asked, so a question never appears twice.
 */
export function painQuestionCards(plan: Pick<PlanState, "painQuestions" | "tasks">): PainQuestionCard[] {
  const cards: PainQuestionCard[] = [];
  const seen = new Set<string>();
  for (const question of plan.painQuestions) {
    if (seen.has(question.forEventId)) continue;
    seen.add(question.forEventId);
    cards.push({
      forEventId: question.forEventId,
      question: painQuestionText(question.title, question.localDate),
      impact: question.impact,
    });
  }
  for (const task of plan.tasks) {
    if (task.kind !== "pain-answer" || task.done || !task.forEventId || seen.has(task.forEventId)) continue;
    seen.add(task.forEventId);
    cards.push({ forEventId: task.forEventId, question: painQuestionText(task.title), impact: true });
  }
  return cards;
}

/** The morning question, when today is the morning after an impact session and it is not answered yet. */
export function morningCheckDue(
  plan: Pick<PlanState, "morningCheck" | "tasks">,
): { sessionEventId: string; sessionDate: string | null } | null {
  if (plan.morningCheck) {
    const { answered, sessionEventId, sessionDate } = plan.morningCheck;
    return answered ? null : { sessionEventId, sessionDate };
  }
  const task = plan.tasks.find((item) => item.kind === "morning-check");
  if (!task || task.done) return null;
  return { sessionEventId: task.forEventId ?? task.id, sessionDate: null };
}

/** Kinds shown as their own cards above the task list (their questions), never twice in it. */
const askedAbove: readonly PlanTask["kind"][] = ["pain-answer", "morning-check"];

/**
 * Today's task list without the questions already asked above it: the pain questions, and the
 * warning-sign questions while the "answer them first" card leads the screen.
 */
export function listedTasks(tasks: readonly PlanTask[], triageFirst = false): PlanTask[] {
  return tasks.filter((task) => !askedAbove.includes(task.kind) && !(triageFirst && task.kind === "triage"));
}

import type { BackstrideEvent, RedFlagQuestion } from "@backstride/domain";
import type { TriageContext } from "./route.ts";

/**
 * After leg symptoms, the nerve questions come first: the legs, then the saddle area, bladder and bowel
 * (cauda equina), then the urgent leg questions. Every emergency question stays ahead of every urgent
 * one, so a "yes" that needs A&E is met as early as possible.
 */
const legSymptomsOrder = [
  "sciatica-both-legs",
  "leg-weakness-worsening",
  "saddle-numbness",
  "bladder-change",
  "bowel-control-loss",
  "wiping-feeling-changed",
  "sexual-function-change",
  "cancer-history-new-neuro",
  "leg-pain-below-knee",
  "progressive-numbness",
] as const;

/** The questions in the order to ask them: the usual order, or the nerve questions first. */
export function orderRedFlagQuestions(
  questions: readonly RedFlagQuestion[],
  legSymptomsFirst: boolean,
): RedFlagQuestion[] {
  if (!legSymptomsFirst) return [...questions];
  const rank = (question: RedFlagQuestion) => {
    const index = (legSymptomsOrder as readonly string[]).indexOf(question.id);
    return index === -1 ? legSymptomsOrder.length : index;
  };
  // Array.prototype.sort is stable, so the questions outside the list keep their usual order.
  return [...questions].sort((a, b) => rank(a) - rank(b));
}

/**
 * Whether the leg questions lead: the runner came from a check-in with leg symptoms, or, at
 * onboarding, said pain, numbness or tingling goes into a leg.
 */
export function leadWithLegSymptoms(context: TriageContext, events: readonly BackstrideEvent[]): boolean {
  if (context === "leg-symptoms") return true;
  if (context !== "onboarding") return false;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.type === "episode.reported") return event.legSymptoms;
  }
  return false;
}

/**
 * The emergency question just answered "yes", if it is one: the answers so far are saved and the
 * emergency page shown at once, instead of behind the remaining questions.
 */
export function emergencyYes(question: RedFlagQuestion, yes: boolean): boolean {
  return yes && question.level === "emergency";
}

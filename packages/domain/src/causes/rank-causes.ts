import { causeQuestions } from "./cause-questions.ts";
import type { Cause, CauseQuestion, RankedCause } from "./cause-types.ts";
import { causes } from "./causes.ts";

export interface RankCausesOptions {
  /** The causes to rank; defaults to the article's five. */
  causeList?: readonly Cause[];
  /** The questions to score with; defaults to Backstride's list. */
  questions?: readonly CauseQuestion[];
}

/**
 * Ranks every cause by the share of its question weight the runner answered yes (question id -> yes).
 * Highest score first; equal scores keep the article's order. Causes scoring 0 are still returned, last,
 * so the runner can read about all five. Signs are matched to a cause's signs by question order.
 */
export function rankCauses(answers: Record<string, boolean>, options: RankCausesOptions = {}): RankedCause[] {
  const causeList = options.causeList ?? causes;
  const questions = options.questions ?? causeQuestions;
  return causeList
    .map((cause, index) => {
      const own = questions.filter((question) => question.causeId === cause.id);
      const totalWeight = own.reduce((sum, question) => sum + question.weight, 0);
      const yes = own.filter((question) => answers[question.id] === true);
      const yesWeight = yes.reduce((sum, question) => sum + question.weight, 0);
      const matchedSigns = own.flatMap((question, signIndex) =>
        answers[question.id] === true ? [cause.signs[signIndex] ?? question.text] : [],
      );
      const score = totalWeight > 0 ? yesWeight / totalWeight : 0;
      return { ranked: { cause, score, matchedSigns }, index };
    })
    .sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
    .map(({ ranked }) => ranked);
}

import { createInterface } from "node:readline";
import { evaluateRedFlags, redFlagQuestions } from "@backstride/domain";
import type { Command } from "../cli-io.ts";

/** Exit code for an emergency, so a script can react to it (0 otherwise; 2 for bad input). */
export const EMERGENCY_EXIT_CODE = 3;

const YES = new Set(["y", "yes"]);
const NO = new Set(["n", "no"]);

/**
 * `backstride triage`: the red-flag questions, one per line, answered y or n. Stops at the first
 * emergency sign: someone who may have cauda equina syndrome needs care now, not more questions.
 */
export const run: Command = async (args, io) => {
  if (args.length > 0) {
    io.stderr(`backstride triage: unexpected argument ${args[0]} (usage: backstride triage)\n`);
    return 2;
  }
  const reader = createInterface({ input: io.stdin, terminal: false });
  const lines = reader[Symbol.asyncIterator]();
  const answers: Record<string, boolean> = {};
  try {
    io.stdout("Answer each question with y (yes) or n (no).\n");
    for (const question of redFlagQuestions) {
      let answer: boolean | null = null;
      while (answer === null) {
        io.stdout(`${question.text}${question.hint ? ` (${question.hint})` : ""} [y/n] `);
        const next = await lines.next();
        if (next.done) {
          io.stderr("\nbackstride triage: input ended before every question was answered\n");
          return 2;
        }
        const reply = String(next.value).trim().toLowerCase();
        if (YES.has(reply)) answer = true;
        else if (NO.has(reply)) answer = false;
        else io.stdout("Please answer y or n.\n");
      }
      answers[question.id] = answer;
      if (answer && question.level === "emergency") break;
    }
  } finally {
    reader.close();
  }
  const result = evaluateRedFlags(answers, { today: io.today() });
  io.stdout(`\nLevel: ${result.level}\n${result.title}\n`);
  for (const action of result.actions) io.stdout(`- ${action}\n`);
  return result.level === "emergency" ? EMERGENCY_EXIT_CODE : 0;
};

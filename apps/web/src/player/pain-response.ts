import type { PainRules } from "@backstride/domain";
import type { SessionMode } from "./session-plan.ts";

export interface PainResponseInput {
  /** What the runner just reported on the 0–10 scale. */
  pain0to10: number;
  /** The protocol's pain rules (stop threshold, days without impact). */
  rules: Pick<PainRules, "stopThreshold0to10" | "noImpactDaysMin" | "noImpactDaysMax">;
  mode: SessionMode;
  /** The protocol's ice-then-heat routine, to say how long each goes on at home. */
  iceHeat?: { iceSeconds?: number; heatSeconds?: number };
}

export interface PainResponse {
  /** True when the session must end now. */
  stop: boolean;
  title: string;
  /** What to do, in order, in plain words. */
  steps: string[];
  /** Spoken and announced to screen readers. */
  spoken: string;
}

function noImpactWords(rules: PainResponseInput["rules"]): string {
  const { noImpactDaysMin: min, noImpactDaysMax: max } = rules;
  return min === max ? `${min} days` : `${min} to ${max} days`;
}

function atHomeWords(iceHeat: PainResponseInput["iceHeat"]): string {
  const ice = iceHeat?.iceSeconds;
  const heat = iceHeat?.heatSeconds;
  if (ice && heat) {
    return `At home: ice pack ${Math.round(ice / 60)} minutes (in a cloth), then heat ${Math.round(heat / 60)} minutes.`;
  }
  return "At home: an ice pack in a cloth, then a heating pad.";
}

/**
 * The article's rule: pain at the threshold (3/10) during a session means stop immediately, then
 * 3–5 days without impact. Below it the session goes on, and the pain is remembered for the log.
 */
export function painResponse({ pain0to10, rules, mode, iceHeat }: PainResponseInput): PainResponse {
  const threshold = rules.stopThreshold0to10;
  if (pain0to10 < threshold) {
    return {
      stop: false,
      title: `Pain ${pain0to10}/10 noted`,
      steps: [`Keep going gently. If it reaches ${threshold}/10, stop.`],
      spoken: `Pain ${pain0to10} noted. Keep going gently. Stop if it reaches ${threshold}.`,
    };
  }
  const moving = mode === "walk-run";
  const resting = mode === "ice-heat";
  const steps = [
    moving ? "Stop running now." : "Stop the session now.",
    moving
      ? "Walk home slowly, or get a lift. Do not run back."
      : resting
        ? "Take the pack off and lie in whatever position eases it."
        : "Lie down or walk gently, whatever eases it.",
    ...(resting ? [] : [atHomeWords(iceHeat)]),
    `No running or jumping for ${noImpactWords(rules)}. Pool walking is fine.`,
    "Your plan will repeat this week once the pain settles.",
    "New leg pain, numbness, or trouble peeing? Open the app's red-flag check or see a doctor.",
  ];
  return {
    stop: true,
    title: `Pain ${pain0to10}/10: stop here`,
    steps,
    spoken: `Pain ${pain0to10}. Stop now. ${moving ? "Walk home." : "Rest."} No impact for ${noImpactWords(rules)}.`,
  };
}

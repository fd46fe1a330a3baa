/**
 * Pain is asked the same way everywhere: 0-10 with words at the anchors (0 none, 3 stop running,
 * 10 worst imaginable). The words in between help a tired runner pick a number quickly.
 */

export const painAnchors: Record<number, string> = {
  0: "No pain",
  3: "Stop running",
  10: "Worst imaginable",
};

const bands: string[] = [
  "No pain",
  "Barely there",
  "Mild",
  "Stop running",
  "Moderate",
  "Moderate",
  "Strong",
  "Strong",
  "Severe",
  "Severe",
  "Worst imaginable",
];

/** The word for a pain score, e.g. "3 – Stop running". */
export function painLabel(pain0to10: number): string {
  return `${pain0to10} – ${bands[pain0to10] ?? ""}`;
}

export function painWord(pain0to10: number): string {
  return bands[pain0to10] ?? "";
}

/** Whether a score reaches the stop line (the protocol's threshold, 3 by default). */
export function reachesStopLine(pain0to10: number, stopThreshold0to10 = 3): boolean {
  return pain0to10 >= stopThreshold0to10;
}

/** What the runner should do with this score right now, plain words. */
export function painAdvice(pain0to10: number, stopThreshold0to10 = 3): string {
  if (pain0to10 === 0) return "No pain. Carry on with the plan.";
  if (pain0to10 < stopThreshold0to10) return "Some pain, below the stop line. Keep it easy and check again after.";
  if (pain0to10 >= 8) return "Severe pain. Stop, rest, and see a doctor today if it does not ease.";
  return `At or above ${stopThreshold0to10}/10: stop running now. The plan moves you to no-impact days.`;
}

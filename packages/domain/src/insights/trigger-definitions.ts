/** What a run may have had before next-day pain: each is a yes/no question about the run. */
export const triggerIds = [
  "downhill",
  "descent",
  "weekly-jump",
  "single-run-spike",
  "concrete-back-to-back",
  "worn-shoes",
  "low-drop-shoes",
  "low-cadence",
  "no-rest-day",
] as const;
export type TriggerId = (typeof triggerIds)[number];

export interface TriggerDefinition {
  id: TriggerId;
  /** Short label for the chart ("Downhill over 8%"). */
  label: string;
  /** Completes "After runs …" ("with more than 8% downhill"). */
  runsWith: string;
  /** The opposite group, completing "against … after runs …" ("with less"). */
  runsWithout: string;
  /** Completes "your log suggests …" on Today. */
  suggests: string;
  /** What to try this week, in the runner's words. */
  tryThis: string;
}

/** Thresholds, named so the words and the rules never disagree. */
export const downhillShareOver = 0.08;
export const descentMetersAtLeast = 100;
export const weeklyJumpShareOver = 0.1;
export const spikeRatioOver = 1.1;
export const wornShoeMetersAtLeast = 482_803; // 300 miles, the article's first check
export const lowDropMillimetersUnder = 6;
export const daysWithoutRestAtLeast = 3;

export const triggerDefinitions: Record<TriggerId, TriggerDefinition> = {
  downhill: {
    id: "downhill",
    label: "Downhill over 8%",
    runsWith: "with more than 8% downhill",
    runsWithout: "with less",
    suggests: "downhills",
    tryThis: "try the downhill strategy this week (shorter steps, a slight forward lean, or flatter routes).",
  },
  descent: {
    id: "descent",
    label: "100 m or more of descent",
    runsWith: "with 100 m or more of descent",
    runsWithout: "with less",
    suggests: "long descents",
    tryThis: "try flatter routes or walk the steepest descents this week.",
  },
  "weekly-jump": {
    id: "weekly-jump",
    label: "Week up over 10%",
    runsWith: "in a week more than 10% longer than the week before",
    runsWithout: "in steadier weeks",
    suggests: "jumps in weekly distance",
    tryThis: "keep this week's distance within 10% of last week's.",
  },
  "single-run-spike": {
    id: "single-run-spike",
    label: "Run over 110% of longest",
    runsWith: "longer than 110% of your longest run in the 30 days before",
    runsWithout: "within it",
    suggests: "runs much longer than usual",
    tryThis: "keep each run within 10% of your longest run of the last month.",
  },
  "concrete-back-to-back": {
    id: "concrete-back-to-back",
    label: "Concrete two days running",
    runsWith: "on concrete the day after another concrete run",
    runsWithout: "otherwise",
    suggests: "concrete on consecutive days",
    tryThis: "put a softer surface (trail, grass, track) between concrete days this week.",
  },
  "worn-shoes": {
    id: "worn-shoes",
    label: "Shoes past 300 miles",
    runsWith: "in shoes past 300 miles (480 km)",
    runsWithout: "in fresher shoes",
    suggests: "worn shoes",
    tryThis: "check your shoes' wear and rotate in a fresher pair this week.",
  },
  "low-drop-shoes": {
    id: "low-drop-shoes",
    label: "Shoes under 6 mm drop",
    runsWith: "in shoes with under 6 mm drop",
    runsWithout: "in higher-drop shoes",
    suggests: "low-drop shoes",
    tryThis: "use your higher-drop pair for most runs this week.",
  },
  "low-cadence": {
    id: "low-cadence",
    label: "Cadence under target",
    runsWith: "with cadence under your target",
    runsWithout: "at or above it",
    suggests: "a low cadence",
    tryThis: "run with the metronome at your target cadence this week.",
  },
  "no-rest-day": {
    id: "no-rest-day",
    label: "3+ days without rest",
    runsWith: "after 3 or more days in a row without a rest day",
    runsWithout: "closer to a rest day",
    suggests: "too few rest days",
    tryThis: "keep a rest day after every two running days this week.",
  },
};

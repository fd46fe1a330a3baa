import {
  type Cause,
  causes,
  defaultProtocol,
  type Exercise,
  evaluateRedFlags,
  faq,
  type GuideItem,
  type GuideQuestion,
  guideSections,
  type Protocol,
  type RedFlagLevel,
  type RedFlagQuestion,
  type RedFlagResult,
  type ReliefTask,
  type ReturnWeek,
  redFlagQuestions,
  type SourceRef,
  sources,
} from "@backstride/domain";

/**
 * The whole guide as one list of sections and entries, built from the domain's content (never
 * re-typed here), each entry carrying the text it is searched by. The screen only renders this.
 */

export type GuideEntry = { id: string; title: string; searchText: string } & (
  | { kind: "cause"; cause: Cause }
  | { kind: "item"; item: GuideItem }
  | { kind: "relief-task"; task: ReliefTask }
  | { kind: "avoid"; avoid: Protocol["relief"]["avoid"]; sources: SourceRef[] }
  | { kind: "exercise"; exercise: Exercise }
  | { kind: "return-table"; weeks: ReturnWeek[]; weekFourPlus: string[]; sources: SourceRef[] }
  | { kind: "rule"; points: string[]; sources: SourceRef[] }
  | { kind: "question"; question: GuideQuestion }
  | { kind: "red-flags"; level: Exclude<RedFlagLevel, "none">; result: RedFlagResult; questions: RedFlagQuestion[] }
);

export interface GuideContentSection {
  id: string;
  title: string;
  /** One line under the heading. */
  intro?: string;
  entries: GuideEntry[];
}

function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function searchable(...parts: (string | undefined | readonly (string | undefined)[])[]): string {
  return normalize(parts.flat().filter(Boolean).join(" \n "));
}

function sourceText(refs: readonly SourceRef[]): string[] {
  return refs.flatMap((source) => [source.label, source.finding ?? ""]);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function dosageText(exercise: Exercise): string {
  const { dosage } = exercise;
  const side = "perSide" in dosage && dosage.perSide ? " per side" : "";
  switch (dosage.kind) {
    case "sets-reps":
      return `${dosage.sets} × ${dosage.reps} reps${side}`;
    case "duration":
      return dosage.durationSeconds % 60 === 0
        ? `${dosage.durationSeconds / 60} min${side}`
        : `${dosage.durationSeconds} s${side}`;
    case "repeat-daily":
      return `${Math.round(dosage.durationSeconds / 60)} min, ${dosage.timesPerDay} times a day`;
  }
}

function exerciseEntry(sectionId: string, exercise: Exercise): GuideEntry {
  return {
    kind: "exercise",
    id: `${sectionId}-${exercise.id}`,
    title: exercise.name,
    exercise,
    searchText: searchable(
      exercise.name,
      dosageText(exercise),
      exercise.equipment,
      exercise.howTo,
      exercise.feel,
      sourceText(exercise.sources),
    ),
  };
}

function itemEntry(sectionId: string, item: GuideItem): GuideEntry {
  const prosCons = item as GuideItem & { pros?: string[]; cons?: string[] };
  return {
    kind: "item",
    id: `${sectionId}-${item.id}`,
    title: item.title,
    item,
    searchText: searchable(
      item.title,
      item.summary,
      item.points,
      item.caveats ?? [],
      prosCons.pros ?? [],
      prosCons.cons ?? [],
      sourceText(item.sources),
    ),
  };
}

const levels: Exclude<RedFlagLevel, "none">[] = ["emergency", "urgent", "soon"];

export function buildGuideContent(protocol: Protocol = defaultProtocol): GuideContentSection[] {
  const { pain, load, maintenance } = protocol;
  const weekFourPlus = [
    `Add distance gradually: at most ${percent(load.maxWeeklyIncreaseShare)} more each week than the week before.`,
    `Keep no single run more than ${percent(load.singleRunSpikeRatio - 1)} longer than your longest run of the last ${load.singleRunSpikeWindowDays} days.`,
    `Keep strength work ${maintenance.strengthSessionsPerWeek} times a week.`,
  ];
  const painRule = [
    `Score your pain 0–10 during and after every run. At ${pain.stopThreshold0to10}/10, stop at once.`,
    `After a stop: no running or jumping for ${pain.noImpactDaysMin}–${pain.noImpactDaysMax} days, then repeat the week.`,
  ];
  // The 10% cap (Buist 2008) and the single-run guard (Frandsen 2025) are cited from the registry.
  const loadSources = uniqueSources([...protocol.returnToRun.sources, sources.buist2008, sources.frandsen2025]);

  const sections: GuideContentSection[] = [
    {
      id: "causes",
      title: "Why running hurts your lower back",
      intro: "Five common causes, the signs of each, and what fixes them.",
      entries: causes.map((cause) => ({
        kind: "cause" as const,
        id: `causes-${cause.id}`,
        title: cause.name,
        cause,
        searchText: searchable(
          cause.name,
          cause.why,
          cause.signs,
          cause.fixes.flatMap((fix) => [fix.title, fix.detail]),
          sourceText(cause.sources),
        ),
      })),
    },
    {
      id: "relief",
      title: `Phase 1: the first ${pain.reliefHours} hours`,
      intro: "Calm things down: swap running for gentler movement and let the irritated tissue settle.",
      entries: [
        ...protocol.relief.tasks.map((task) => ({
          kind: "relief-task" as const,
          id: `relief-${task.id}`,
          title: task.title,
          task,
          searchText: searchable(task.title, task.detail, sourceText(task.sources)),
        })),
        {
          kind: "avoid" as const,
          id: "relief-avoid",
          title: "What to avoid for now",
          avoid: protocol.relief.avoid,
          sources: protocol.relief.sources,
          searchText: searchable(
            "avoid",
            protocol.relief.avoid.map((item) => item.text),
            sourceText(protocol.relief.sources),
          ),
        },
      ],
    },
    {
      id: "rebuild",
      title: `Phase 2: rebuild (weeks 1–${protocol.rebuild.weeks})`,
      intro: `A daily circuit of about ${protocol.rebuild.circuitMinutes} minutes to wake up the weak links. Keep going even when the pain fades.`,
      entries: protocol.rebuild.circuit.map((exercise) => exerciseEntry("rebuild", exercise)),
    },
    {
      id: "return",
      title: "Phase 3: return to running",
      intro: "Walk/run intervals that grow week by week, always gated by pain.",
      entries: [
        {
          kind: "return-table",
          id: "return-table",
          title: "Return-to-running weeks",
          weeks: protocol.returnToRun.weeks,
          weekFourPlus,
          sources: loadSources,
          searchText: searchable(
            "walk run intervals week return table",
            protocol.returnToRun.weeks.flatMap((week) => [week.prep.title, week.prep.detail]),
            weekFourPlus,
            sourceText(loadSources),
          ),
        },
        {
          kind: "rule",
          id: "return-pain-rule",
          title: `The ${pain.stopThreshold0to10}/10 rule`,
          points: painRule,
          sources: uniqueSources([
            sources.article,
            ...(pain.model === "pain-monitoring" ? [sources.silbernagel2007] : []),
          ]),
          searchText: searchable("pain stop rule", painRule),
        },
      ],
    },
    ...guideSections.map((section) => ({
      id: `guide-${section.id}`,
      title: section.title,
      entries: section.items.map((item) => itemEntry(`guide-${section.id}`, item)),
    })),
    {
      id: "strength",
      title: "Strength and mobility exercises",
      intro: `From week 4: strength ${maintenance.strengthSessionsPerWeek} times a week, mobility ${maintenance.mobilityMinutesDaily} minutes a day.`,
      entries: [
        ...protocol.strength.exercises.map((exercise) => exerciseEntry("strength", exercise)),
        ...protocol.mobility.exercises.map((exercise) => exerciseEntry("mobility", exercise)),
      ],
    },
    {
      id: "questions",
      title: "Questions and answers",
      entries: faq.map((question) => ({
        kind: "question" as const,
        id: `questions-${question.id}`,
        title: question.question,
        question,
        searchText: searchable(question.question, question.shortAnswer, question.answer, sourceText(question.sources)),
      })),
    },
    {
      id: "doctor",
      title: "When to see a doctor",
      intro: "Most running back pain is mechanical. These signs are not: they come first, before any plan.",
      entries: levels.flatMap((level) => {
        const questions = redFlagQuestions.filter((question) => question.level === level);
        const first = questions[0];
        if (!first) return [];
        const result = evaluateRedFlags({ [first.id]: true });
        return [
          {
            kind: "red-flags" as const,
            id: `doctor-${level}`,
            title: result.title,
            level,
            result,
            questions,
            searchText: searchable(
              "doctor red flag warning",
              result.title,
              result.actions,
              questions.flatMap((question) => [question.text, question.hint, question.concern]),
              sourceText(questions.flatMap((question) => question.sources)),
            ),
          },
        ];
      }),
    },
  ];
  return sections;
}

/** Unique sources of a list, by id, in first-seen order. */
export function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const byId = new Map<string, SourceRef>();
  for (const ref of refs) if (!byId.has(ref.id)) byId.set(ref.id, ref);
  return [...byId.values()];
}

export { normalize as normalizeSearchText };

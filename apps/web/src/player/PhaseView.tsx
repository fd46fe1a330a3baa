import { formatClock, secondsLeft } from "./player-format.ts";
import type { SessionPhase, SessionPlan } from "./session-plan.ts";

export interface PhaseViewProps {
  plan: SessionPlan;
  phaseIndex: number;
  sessionSeconds: number;
  paused: boolean;
}

const phaseKindWords: Record<SessionPhase["kind"], string> = {
  run: "Run",
  walk: "Walk",
  prep: "Before you start",
  exercise: "Exercise",
  rest: "Rest",
  ice: "Ice",
  heat: "Heat",
  timer: "Timer",
};

/** The small line above the title: where this phase sits in the session. */
function positionWords(plan: SessionPlan, phaseIndex: number): string {
  const phase = plan.phases[phaseIndex];
  if (!phase) return "";
  if (phase.round !== undefined && plan.roundsPlanned) {
    return `${phaseKindWords[phase.kind]} · Round ${phase.round} of ${plan.roundsPlanned}`;
  }
  if (plan.mode === "circuit") {
    const exerciseIds = [...new Set(plan.phases.flatMap((item) => (item.exercise ? [item.exercise.id] : [])))];
    const position = phase.exercise ? exerciseIds.indexOf(phase.exercise.id) + 1 : 0;
    const of = `Exercise ${position} of ${exerciseIds.length}`;
    return phase.kind === "rest" ? `Rest · ${of}` : of;
  }
  if (plan.mode === "ice-heat") return `Step ${phaseIndex + 1} of ${plan.phases.length}`;
  return phaseKindWords[phase.kind];
}

function nextWords(plan: SessionPlan, phaseIndex: number): string {
  const next = plan.phases[phaseIndex + 1];
  if (!next) return plan.afterTask ? `Then: ${plan.afterTask.title}` : "Then: done";
  if (next.kind === "rest" && next.title === "Rest") return "Next: rest";
  return `Next: ${next.title}${next.kind === "exercise" ? ` · ${next.detail}` : ""}`;
}

/** Where we are: which part of the session, what to do, how long is left, and what comes next. */
export function PhaseView({ plan, phaseIndex, sessionSeconds, paused }: PhaseViewProps) {
  const phase = plan.phases[phaseIndex];
  if (!phase) return null;
  const phaseEnd = phase.startSeconds + phase.durationSeconds;
  const left = secondsLeft(phaseEnd, sessionSeconds);
  const progressSeconds = Math.min(plan.totalSeconds, Math.round(sessionSeconds));
  return (
    <section className={`phase phase-${phase.kind}`} aria-labelledby="phase-title">
      <p className="phase-kind">
        {positionWords(plan, phaseIndex)}
        {paused ? <span className="phase-paused"> · Paused</span> : null}
      </p>
      <h2 id="phase-title" className="phase-title" tabIndex={-1}>
        {phase.title}
      </h2>
      <p className="phase-timer" role="timer" aria-label={`${formatClock(left)} left in this part`}>
        {formatClock(left)}
      </p>
      <p className="phase-detail">{phase.detail}</p>
      <p className="phase-next">{nextWords(plan, phaseIndex)}</p>
      <div className="phase-progress">
        <label htmlFor="session-progress" className="small">
          Session: {formatClock(progressSeconds)} of {formatClock(plan.totalSeconds)}
        </label>
        <progress id="session-progress" max={plan.totalSeconds} value={progressSeconds} />
      </div>
    </section>
  );
}

/** The how-to and what to feel of the current exercise, or plain guidance for other phases. */
export function PhaseGuidance({
  phase,
  plan,
  stopThreshold0to10,
}: {
  phase: SessionPhase | undefined;
  plan: SessionPlan;
  stopThreshold0to10: number;
}) {
  if (!phase) return null;
  if (phase.exercise) {
    const { exercise } = phase;
    return (
      <section className="card player-howto" aria-labelledby="howto-title">
        <h2 id="howto-title">How to do {exercise.name.toLowerCase()}</h2>
        {exercise.equipment ? <p className="muted">You need: {exercise.equipment}</p> : null}
        <ol>
          {exercise.howTo.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h3>What to feel</h3>
        <p>{exercise.feel}</p>
      </section>
    );
  }
  if (plan.mode === "walk-run" && phase.kind === "prep") {
    return (
      <section className="card player-howto" aria-labelledby="howto-title">
        <h2 id="howto-title">Before your first run</h2>
        <p>{phase.detail}</p>
        <p className="muted">When the timer ends, the first run starts: the voice and a double beep tell you.</p>
      </section>
    );
  }
  if (plan.mode === "walk-run") {
    return (
      <section className="card player-howto" aria-labelledby="howto-title">
        <h2 id="howto-title">While you run</h2>
        <ul>
          <li>Easy pace: you can talk in short sentences.</li>
          <li>Short, quick steps that land under your hips, not out in front.</li>
          <li>Run tall: imagine a rope pulling your head up.</li>
          <li>Downhill: shorten your stride and lean slightly forward from the ankles.</li>
          <li>Pain at {stopThreshold0to10}/10 or more: tap Pain and stop.</li>
        </ul>
      </section>
    );
  }
  if (plan.mode === "ice-heat") {
    return (
      <section className="card player-howto" aria-labelledby="howto-title">
        <h2 id="howto-title">{phase.kind === "ice" ? "Icing" : "Heat"}</h2>
        <ul>
          {phase.kind === "ice" ? (
            <>
              <li>Ice pack on the sore area of your lower back.</li>
              <li>Wrap it in a thin cloth: never ice straight on skin.</li>
              <li>Numb or burning skin: take it off early.</li>
            </>
          ) : (
            <>
              <li>A heating pad on the same area, warm and comfortable.</li>
              <li>Never hot, and do not fall asleep on it.</li>
            </>
          )}
          <li>Lie on your back with a pillow under your knees, or on your side with one between them.</li>
        </ul>
      </section>
    );
  }
  return null;
}

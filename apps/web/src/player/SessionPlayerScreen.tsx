import { cadenceTarget, defaultProtocol, type PlanTask, type Protocol } from "@backstride/domain";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { painFields } from "../lib/pain-answers.ts";
import { dosageWithoutLength } from "../lib/session-duration.ts";
import { AfterSession } from "./AfterSession.tsx";
import { EndSessionDialog } from "./EndSessionDialog.tsx";
import { PainDialog } from "./PainDialog.tsx";
import { PhaseGuidance, PhaseView } from "./PhaseView.tsx";
import { PlayerSettings, settingsFor } from "./PlayerSettings.tsx";
import { type PainResponse, painResponse } from "./pain-response.ts";
import { formatMinutes } from "./player-format.ts";
import { buildSessionPlan, iceHeatSteps, type SessionPlan } from "./session-plan.ts";
import { roundsCompleted, type SessionResult, sessionResult } from "./session-result.ts";
import { useSessionEngine } from "./use-session-engine.ts";
import "./player.css";

export type { SessionResult } from "./session-result.ts";

export interface SessionPlayerScreenProps {
  /** Today's task to play: a circuit, walk/run intervals, ice and heat, or a timed session. */
  task: PlanTask;
  /** Called once with the session's outcome; the caller stores it as a session.completed event. */
  onFinish: (result: SessionResult) => void;
  /** The runner's protocol (pain threshold, cadence band, ice/heat steps); the article's by default. */
  protocol?: Protocol;
  /** A coach's pain threshold, when it differs from the protocol's. */
  painStopThreshold0to10?: number;
  /** Metronome start value (steps/min): the runner's next cadence target; the band's low end by default. */
  metronomeBpm?: number;
}

type Stage = "ready" | "active" | "after";

/** Phase changes are announced politely: the spoken cue carries them for a runner with the screen off. */
function announcementFor(plan: SessionPlan, phaseIndex: number): string {
  const phase = plan.phases[phaseIndex];
  if (!phase) return "";
  const round =
    phase.round !== undefined && plan.roundsPlanned ? ` Round ${phase.round} of ${plan.roundsPlanned}.` : "";
  return `${phase.title}.${round} ${phase.detail}.`;
}

/**
 * Keyed by task, so opening another session (a new route with the same screen) starts afresh instead
 * of carrying over the previous session's clock and answers.
 */
export function SessionPlayerScreen(props: SessionPlayerScreenProps) {
  return <SessionPlayer key={props.task.id} {...props} />;
}

function SessionPlayer({
  task,
  onFinish,
  protocol = defaultProtocol,
  painStopThreshold0to10,
  metronomeBpm,
}: SessionPlayerScreenProps) {
  const plan = useMemo(() => buildSessionPlan(task, protocol), [task, protocol]);
  const threshold = painStopThreshold0to10 ?? protocol.pain.stopThreshold0to10;
  const cadence = cadenceTarget({ rules: protocol.cadence });
  const [voiceOn, setVoiceOn] = useState(true);
  const [metronome, setMetronome] = useState(() =>
    plan?.mode === "walk-run" ? { on: false, bpm: metronomeBpm ?? cadence.nextTargetStepsPerMinute } : null,
  );
  const settings = useMemo(() => settingsFor(voiceOn, metronome), [voiceOn, metronome]);
  const engine = useSessionEngine(plan, settings);
  const { snapshot } = engine;
  const [stage, setStage] = useState<Stage>("ready");
  const [painOpen, setPainOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);
  const [painDuring0to10, setPainDuring] = useState<number | null>(null);
  const [painStop, setPainStop] = useState<PainResponse | null>(null);
  const [endedEarly, setEndedEarly] = useState(false);
  const [notice, setNotice] = useState("");
  const resumeAfterPain = useRef(false);
  const resumeAfterEnd = useRef(false);
  const phaseHeadingFocused = useRef(false);

  // The clock reached the end by itself.
  useEffect(() => {
    if (stage === "active" && snapshot.state === "finished") setStage("after");
  }, [stage, snapshot.state]);

  // After Start, focus the phase title: the keyboard (space) and screen readers land on the session.
  useEffect(() => {
    if (stage === "active" && !phaseHeadingFocused.current) {
      phaseHeadingFocused.current = true;
      document.getElementById("phase-title")?.focus();
    }
  }, [stage]);

  const togglePause = useCallback(() => {
    if (snapshot.state === "running") engine.pause();
    else if (snapshot.state === "paused") engine.resume();
  }, [snapshot.state, engine]);

  // Space pauses and resumes, unless a control has focus (then space presses that control).
  useEffect(() => {
    if (stage !== "active" || painOpen || endOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== " " || event.repeat) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("button, input, textarea, select, a, summary, [role='button']")) return;
      event.preventDefault();
      togglePause();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [stage, painOpen, endOpen, togglePause]);

  if (!plan) {
    return (
      <div className="page player">
        <h1 tabIndex={-1}>{task.title}</h1>
        <p>{task.dosage}</p>
        <p>This task has no timed session: do it at your own pace and tick it off on Today.</p>
      </div>
    );
  }

  const currentPhase = plan.phases[snapshot.phaseIndex];
  const paused = snapshot.state === "paused";

  function openPain() {
    resumeAfterPain.current = snapshot.state === "running";
    if (snapshot.state === "running") engine.pause();
    setPainOpen(true);
  }

  function recordPain(pain0to10: number) {
    if (!plan) return;
    setPainOpen(false);
    setPainDuring((previous) => Math.max(previous ?? 0, pain0to10));
    const response = painResponse({
      pain0to10,
      rules: { ...protocol.pain, stopThreshold0to10: threshold },
      mode: plan.mode,
      iceHeat: iceHeatSteps(protocol),
    });
    engine.say(response.spoken);
    if (response.stop) {
      engine.end();
      setPainStop(response);
      setEndedEarly(true);
      setStage("after");
      return;
    }
    setNotice(`${response.title}. ${response.steps.join(" ")}`);
    if (resumeAfterPain.current) engine.resume();
  }

  function cancelPain() {
    setPainOpen(false);
    if (resumeAfterPain.current) engine.resume();
  }

  function askToEnd() {
    resumeAfterEnd.current = snapshot.state === "running";
    if (snapshot.state === "running") engine.pause();
    setEndOpen(true);
  }

  function keepGoing() {
    setEndOpen(false);
    if (resumeAfterEnd.current) engine.resume();
  }

  // An early end is not a pain stop: the after screen asks for the pain, and no answer stays unknown.
  function endSession() {
    setEndOpen(false);
    engine.end();
    setEndedEarly(true);
    setStage("after");
  }

  function save(answers: { painDuring0to10: number | null; painAfter0to10: number | null; notes: string }) {
    if (!plan) return;
    onFinish(
      sessionResult({
        plan,
        sessionSeconds: snapshot.sessionSeconds,
        activeSeconds: snapshot.activeSeconds,
        skippedPhases: snapshot.skippedPhases,
        endedEarly,
        notes: answers.notes,
        ...painFields(answers),
      }),
    );
  }

  const settingsPanel = (
    <PlayerSettings
      voiceOn={voiceOn}
      onVoiceChange={setVoiceOn}
      metronome={metronome}
      onMetronomeChange={setMetronome}
      bandMinStepsPerMinute={cadence.bandMinStepsPerMinute}
      bandMaxStepsPerMinute={cadence.bandMaxStepsPerMinute}
    />
  );

  return (
    <div className={`page player player-${plan.mode}`}>
      <h1 tabIndex={-1}>{plan.title}</h1>
      <p className="visually-hidden" aria-live="polite">
        {stage === "active" ? `${announcementFor(plan, snapshot.phaseIndex)}${paused ? " Paused." : ""}` : ""}
      </p>

      {stage === "ready" ? (
        <>
          <p className="lead">
            About {formatMinutes(plan.totalSeconds)} · {dosageWithoutLength(task.dosage)}
          </p>
          <SessionOutline plan={plan} />
          <p className="muted">
            Voice and beeps guide you, so the phone can stay in your pocket; keep Backstride open. Pain at {threshold}
            /10 or more: tap Pain and the session stops.
          </p>
          {settingsPanel}
          <button
            type="button"
            className="button primary block player-start"
            onClick={() => {
              engine.start();
              setStage("active");
            }}
          >
            Start
          </button>
          <a className="button block" href="#/today">
            Not now: back to Today
          </a>
        </>
      ) : null}

      {stage === "active" ? (
        <>
          <PhaseView
            plan={plan}
            phaseIndex={snapshot.phaseIndex}
            sessionSeconds={snapshot.sessionSeconds}
            paused={paused}
          />
          <div className="player-controls">
            <button type="button" className="button primary" onClick={togglePause} aria-keyshortcuts="Space">
              {paused ? "Resume" : "Pause"}
            </button>
            <button type="button" className="button" onClick={engine.skip}>
              Skip
            </button>
            <button type="button" className="button" onClick={askToEnd}>
              End session
            </button>
          </div>
          <div className="player-pain-bar">
            <button type="button" className="button danger solid block player-pain" onClick={openPain}>
              Pain
            </button>
          </div>
          {notice ? (
            <p className="player-notice" role="status">
              {notice}
            </p>
          ) : null}
          <PhaseGuidance phase={currentPhase} plan={plan} stopThreshold0to10={threshold} />
          {settingsPanel}
        </>
      ) : null}

      {stage === "after" ? (
        <AfterSession
          painStop={painStop}
          endedEarly={endedEarly}
          activeSeconds={snapshot.activeSeconds}
          rounds={
            plan.mode === "walk-run" && plan.roundsPlanned
              ? {
                  planned: plan.roundsPlanned,
                  completed: roundsCompleted(plan, snapshot.sessionSeconds, snapshot.skippedPhases),
                }
              : null
          }
          afterTask={plan.afterTask ?? null}
          painDuring0to10={painDuring0to10}
          stopThreshold0to10={threshold}
          onSave={save}
        />
      ) : null}

      <PainDialog open={painOpen} stopThreshold0to10={threshold} onRecord={recordPain} onCancel={cancelPain} />
      <EndSessionDialog open={endOpen} onEnd={endSession} onKeepGoing={keepGoing} />
    </div>
  );
}

/** The session at a glance before it starts. */
function SessionOutline({ plan }: { plan: SessionPlan }) {
  if (plan.mode === "circuit") {
    const exercises = [
      ...new Map(
        plan.phases.flatMap((phase) => (phase.exercise ? ([[phase.exercise.id, phase.exercise]] as const) : [])),
      ).values(),
    ];
    return (
      <ol className="player-outline">
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <strong>{exercise.name}</strong> <span className="muted">{dosageWords(exercise.dosage)}</span>
            {exercise.optional ? <span className="muted"> (optional)</span> : null}
          </li>
        ))}
      </ol>
    );
  }
  if (plan.mode === "walk-run") {
    const prep = plan.phases[0]?.kind === "prep" ? plan.phases[0] : null;
    const run = plan.phases.find((phase) => phase.kind === "run");
    const walk = plan.phases.find((phase) => phase.kind === "walk");
    return (
      <ol className="player-outline">
        {prep ? (
          <li>
            <strong>{prep.title}</strong> <span className="muted">{formatMinutes(prep.durationSeconds)}</span>
          </li>
        ) : null}
        <li>
          <strong>
            {plan.roundsPlanned} rounds: run {formatMinutes(run?.durationSeconds ?? 0)}, walk{" "}
            {formatMinutes(walk?.durationSeconds ?? 0)}
          </strong>
          {plan.formCheckEverySeconds ? (
            <span className="muted"> · form check every {formatMinutes(plan.formCheckEverySeconds)}</span>
          ) : null}
        </li>
        {plan.afterTask ? (
          <li>
            <strong>{plan.afterTask.title}</strong> <span className="muted">{plan.afterTask.detail}</span>
          </li>
        ) : null}
      </ol>
    );
  }
  return (
    <ol className="player-outline">
      {plan.phases.map((phase) => (
        <li key={phase.kind + phase.startSeconds}>
          <strong>{phase.title}</strong> <span className="muted">{formatMinutes(phase.durationSeconds)}</span>
        </li>
      ))}
    </ol>
  );
}

function dosageWords(dosage: NonNullable<SessionPlan["phases"][number]["exercise"]>["dosage"] | undefined): string {
  if (!dosage) return "";
  switch (dosage.kind) {
    case "sets-reps":
      return `${dosage.sets} × ${dosage.reps}${dosage.perSide ? " per side" : ""}`;
    case "duration":
      return `${formatMinutes(dosage.durationSeconds)}${dosage.perSide ? " per side" : ""}`;
    case "repeat-daily":
      return `${formatMinutes(dosage.durationSeconds)}, ${dosage.timesPerDay}× a day`;
  }
}

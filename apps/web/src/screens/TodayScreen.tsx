import { formatDay, type PlanFlag, type PlanState, type PlanTask } from "@backstride/domain";
import { lazy, Suspense, useEffect, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { MarkDonePain } from "../components/MarkDonePain.tsx";
import { MorningCheckCard } from "../components/MorningCheckCard.tsx";
import { PainAnswerCard } from "../components/PainAnswerCard.tsx";
import { PainCheckIn } from "../components/PainCheckIn.tsx";
import { eventBase } from "../lib/event-base.ts";
import {
  listedTasks,
  morningCheckDue,
  painFields,
  painQuestionCards,
  reliefUntilWords,
  triageFirstHref,
} from "../lib/pain-answers.ts";
import { hrefFor } from "../lib/route.ts";
import { dosageWithoutLength, sessionLengthWords, sessionSeconds } from "../lib/session-duration.ts";
import { taskActions } from "../lib/task-actions.ts";
import { weekDayWords } from "../lib/week-strip.ts";

// Measures due and the log's patterns are secondary to today's tasks: they load after the first screen.
const TodayInsights = lazy(() => import("../components/TodayInsights.tsx").then((m) => ({ default: m.TodayInsights })));

const levelOrder: PlanFlag["level"][] = ["emergency", "urgent", "soon", "warning", "info"];
const levelWord: Record<PlanFlag["level"], string> = {
  emergency: "Emergency",
  urgent: "See a doctor",
  soon: "Book a check-up",
  warning: "Take care",
  info: "Note",
};

function Flags({ plan }: { plan: PlanState }) {
  const flags = [...plan.flags].sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));
  if (flags.length === 0) return null;
  return (
    <section aria-label="Flags">
      {flags.map((flag) => (
        <div key={flag.id} className={`flag flag-${flag.level}`}>
          <h2>
            <span className="visually-hidden">{levelWord[flag.level]}: </span>
            {flag.title}
          </h2>
          <p>{flag.text}</p>
          {(flag.level === "urgent" || flag.level === "emergency") && plan.redFlag?.blocksRunningUntilClearance ? (
            <p>
              <a href="#/clearance">Record a clinician's all-clear</a>
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}

function TaskCard({ task }: { task: PlanTask }) {
  const { profile, plan, addEvents } = useData();
  const actions = taskActions(task);
  const [busy, setBusy] = useState(false);
  const [askingPain, setAskingPain] = useState(false);
  const length = sessionLengthWords(task);

  const tick = async (answers: { painDuring0to10: number | null; painAfter0to10: number | null }) => {
    if (!actions.tick) return;
    setBusy(true);
    try {
      await addEvents([
        {
          ...eventBase(new Date(), profile.timeZone),
          type: "session.completed",
          kind: actions.tick,
          durationSeconds: sessionSeconds(task) ?? 0,
          endedEarly: false,
          ...painFields(answers),
          ...(task.walkRun ? { returnWeek: task.walkRun.week, roundsPlanned: task.walkRun.rounds } : {}),
        },
      ]);
      setAskingPain(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={task.done ? "card task task-done" : "card task"}>
      <div className="task-body">
        <h3>
          {task.title}
          {task.done ? <span className="task-done-badge">✓ Done</span> : null}
        </h3>
        {length ? <p className="task-dosage">{length}</p> : null}
        <p className="task-dosage">{length ? dosageWithoutLength(task.dosage) : task.dosage}</p>
        <p className="task-reason">{task.reason.text}</p>
      </div>
      {askingPain ? (
        <MarkDonePain
          title={task.title}
          stopThreshold0to10={plan.stopThreshold0to10}
          busy={busy}
          onSave={(answers) => void tick(answers)}
          onCancel={() => setAskingPain(false)}
        />
      ) : actions.start || actions.tick || actions.link ? (
        <div className="task-actions">
          {actions.start ? (
            <a
              className="button primary"
              href={hrefFor({ name: "session", taskId: task.id })}
              aria-label={`Start ${task.title}`}
            >
              Start
            </a>
          ) : null}
          {actions.tick ? (
            <button
              type="button"
              className="button"
              onClick={() => setAskingPain(true)}
              disabled={busy}
              aria-label={`Mark done: ${task.title}`}
            >
              Mark done
            </button>
          ) : null}
          {actions.link ? (
            <a className="button" href={actions.link.href}>
              {actions.link.label}
            </a>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The red-flag questions come before anything else while new symptoms or a flare-up are unanswered. */
function TriageFirst({ plan }: { plan: PlanState }) {
  if (!plan.triageFirst) return null;
  return (
    <section className="flag flag-urgent" aria-labelledby="triage-first-heading">
      <h2 id="triage-first-heading">Answer the safety questions first</h2>
      <p>
        {plan.triageFirst.cause === "leg-symptoms" ? "You reported symptoms in a leg or elsewhere. " : ""}
        No running or jumping until they are answered. It takes about 2 minutes.
      </p>
      <p>
        <a className="button primary" href={triageFirstHref(plan.triageFirst)}>
          Answer the safety questions
        </a>
      </p>
    </section>
  );
}

/** A coach's change that loosens safety is always shown, with the reason they wrote. */
function CoachChanges({ plan }: { plan: PlanState }) {
  if (plan.coachChanges.length === 0) return null;
  return (
    <section aria-label="Changes by your coach">
      {plan.coachChanges.map((change) => (
        <div key={change.id} className="flag">
          <h2>{change.inForce ? "Your coach changed your plan" : "Your coach's change is on hold"}</h2>
          <p>{change.text}</p>
          {change.inForce ? null : (
            <p className="small">
              Not in force right now: a safety flag is open, or no reason was written. The usual rules apply.
            </p>
          )}
        </div>
      ))}
    </section>
  );
}

/** Earlier sessions saved without pain, and the morning question: asked near the top, each once. */
function PainQuestions({ plan, checkInId }: { plan: PlanState; checkInId: string }) {
  const cards = painQuestionCards(plan);
  const morning = morningCheckDue(plan);
  if (cards.length === 0 && !morning) return null;
  return (
    <section aria-label="Questions about your pain">
      {morning ? <MorningCheckCard sessionDate={morning.sessionDate} headingId={checkInId} /> : null}
      {cards.map((card) => (
        <PainAnswerCard key={card.forEventId} card={card} />
      ))}
    </section>
  );
}

function Week({ plan }: { plan: PlanState }) {
  return (
    <section aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      <ol className="week">
        {plan.week7.map((day) => {
          const classes = [day.date === plan.today ? "today" : "", day.impactAllowed ? "" : "no-impact"]
            .filter(Boolean)
            .join(" ");
          return (
            <li
              key={day.date}
              className={classes || undefined}
              aria-current={day.date === plan.today ? "date" : undefined}
            >
              <span className="day-name">{formatDay(day.date).slice(0, 3)}</span>
              <span className="visually-hidden">{formatDay(day.date)}: </span>
              <span className="day-kind">{weekDayWords(day)}</span>
              {day.impactAllowed ? null : <span className="visually-hidden">, no impact</span>}
              {day.done ? (
                <span className="day-done">
                  ✓<span className="visually-hidden"> done</span>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function NoRunning({ plan }: { plan: PlanState }) {
  if (plan.runningAllowed) return null;
  // The engine's "no-running-*" reason says why and until when, in plain words.
  const reason = plan.reasons.find((item) => item.code.startsWith("no-running"));
  const heading = plan.reliefUntil
    ? `${reliefUntilWords(plan.reliefUntil)}: no running or jumping`
    : plan.noImpactUntil
      ? `No running or jumping through ${formatDay(plan.noImpactUntil)}`
      : "No running today";
  return (
    <div className="flag flag-warning">
      <h2>{heading}</h2>
      {reason ? <p>{reason.text}</p> : null}
    </div>
  );
}

/** Today: safety questions and flags on top, pain questions, what to do today and why, the week, the next milestone. */
export function TodayScreen({ focusCheckIn = false }: { focusCheckIn?: boolean }) {
  const { plan } = useData();
  const checkInId = useId();

  useEffect(() => {
    if (!focusCheckIn) return;
    // After the router has focused the page heading (next frame), move on to the check-in itself.
    const timer = window.setTimeout(() => {
      const heading = document.getElementById(checkInId);
      heading?.focus();
      heading?.scrollIntoView({ block: "start" });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [focusCheckIn, checkInId]);

  const tasks = listedTasks(plan.tasks, plan.triageFirst !== null);
  const morning = morningCheckDue(plan);
  // One pain check-in on Today: the morning question when it is due, else the plan's check-in task,
  // else (a plan without one) the form at the end of the page.
  const checkInTask = tasks.find((task) => task.kind === "pain-checkin");
  // A rest day is an instruction, not something to tick off.
  const open = tasks.filter((task) => !task.done && task.kind !== "rest").length;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Today</h1>
      <p className="lead">
        {formatDay(plan.today)}
        {plan.week ? ` · week ${plan.week}` : ""}
        {tasks.length > 0 ? ` · ${open === 0 ? "all done" : `${open} to do`}` : ""}
      </p>
      <TriageFirst plan={plan} />
      <Flags plan={plan} />
      <NoRunning plan={plan} />
      <CoachChanges plan={plan} />
      <PainQuestions plan={plan} checkInId={checkInId} />
      <Suspense fallback={null}>
        <TodayInsights />
      </Suspense>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">What to do today</h2>
        {tasks.length === 0 ? (
          <p>Nothing planned today. Rest is part of the plan.</p>
        ) : (
          <ul className="plain-list">
            {tasks.map((task) =>
              task.kind === "pain-checkin" && !morning ? (
                <li key={task.id}>
                  <PainCheckIn headingId={checkInId} intro={task.reason.text} done={task.done} />
                </li>
              ) : task.kind === "pain-checkin" ? (
                <li key={task.id} className="card task">
                  <div className="task-body">
                    <h3>{task.title}</h3>
                    <p className="task-reason">The morning question above counts as today's check-in.</p>
                  </div>
                </li>
              ) : (
                <TaskCard key={task.id} task={task} />
              ),
            )}
          </ul>
        )}
      </section>
      <Week plan={plan} />
      {plan.nextMilestone ? (
        <section aria-labelledby="milestone-heading" className="card">
          <h2 id="milestone-heading">Next milestone</h2>
          <p>
            <strong>{plan.nextMilestone.title}</strong>
            {plan.nextMilestone.date ? ` · ${formatDay(plan.nextMilestone.date)}` : ""}
          </p>
          <p className="muted">{plan.nextMilestone.detail}</p>
        </section>
      ) : null}
      {checkInTask || morning ? null : <PainCheckIn headingId={checkInId} />}
      <div className="button-row">
        <a className="button danger" href="#/flare-up">
          Report a flare-up
        </a>
        <a className="button" href="#/log">
          Log a run
        </a>
      </div>
    </div>
  );
}

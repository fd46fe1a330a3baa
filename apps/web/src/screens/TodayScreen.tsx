import { formatDay, type PlanFlag, type PlanState, type PlanTask } from "@backstride/domain";
import { useEffect, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { PainCheckIn } from "../components/PainCheckIn.tsx";
import { eventBase } from "../lib/event-base.ts";
import { hrefFor } from "../lib/route.ts";
import { taskActions } from "../lib/task-actions.ts";

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
  const { profile, addEvents } = useData();
  const actions = taskActions(task);
  const [busy, setBusy] = useState(false);

  const tick = async () => {
    if (!actions.tick) return;
    setBusy(true);
    try {
      await addEvents([
        {
          ...eventBase(new Date(), profile.timeZone),
          type: "session.completed",
          kind: actions.tick,
          durationSeconds: task.durationSeconds ?? 0,
          endedEarly: false,
          ...(task.walkRun ? { returnWeek: task.walkRun.week, roundsPlanned: task.walkRun.rounds } : {}),
        },
      ]);
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
        <p className="task-dosage">{task.dosage}</p>
        <p className="task-reason">{task.reason.text}</p>
      </div>
      {actions.start || actions.tick || actions.link ? (
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
              onClick={tick}
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
              <span className="day-kind">{day.summary}</span>
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
  return (
    <div className="flag flag-warning">
      <h2>
        {plan.noImpactUntil ? `No running or jumping through ${formatDay(plan.noImpactUntil)}` : "No running today"}
      </h2>
      {reason ? <p>{reason.text}</p> : null}
    </div>
  );
}

/** Today: flags on top, then what to do today and why, the week's shape, the next milestone, pain. */
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

  // A rest day is an instruction, not something to tick off.
  const open = plan.tasks.filter((task) => !task.done && task.kind !== "rest").length;
  return (
    <div className="page">
      <h1 tabIndex={-1}>Today</h1>
      <p className="lead">
        {formatDay(plan.today)}
        {plan.week ? ` · week ${plan.week}` : ""}
        {plan.tasks.length > 0 ? ` · ${open === 0 ? "all done" : `${open} to do`}` : ""}
      </p>
      <Flags plan={plan} />
      <NoRunning plan={plan} />
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">What to do today</h2>
        {plan.tasks.length === 0 ? (
          <p>Nothing planned today. Rest is part of the plan.</p>
        ) : (
          <ul className="plain-list">
            {plan.tasks.map((task) => (
              <TaskCard key={task.id} task={task} />
            ))}
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
      <PainCheckIn headingId={checkInId} />
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

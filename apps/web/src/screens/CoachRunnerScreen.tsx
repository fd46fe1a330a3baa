import { defaultProtocol, formatDay, formatDayWithYear, type PlanState } from "@backstride/domain";
import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { useData } from "../app/data.tsx";
import { ClinicalHistory } from "../components/ClinicalHistory.tsx";
import { CoachRunnerInsights } from "../components/CoachRunnerInsights.tsx";
import { ComplianceCalendar } from "../components/ComplianceCalendar.tsx";
import { FormCheckTrend } from "../components/FormCheckTrend.tsx";
import { MessageThread, type ThreadMessage } from "../components/MessageThread.tsx";
import { Page } from "../components/Page.tsx";
import { ReportPdfDownload } from "../components/ReportPdfDownload.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { TextField } from "../components/TextField.tsx";
import { api } from "../lib/api.ts";
import {
  type AdjustmentForm,
  type AdjustmentKind,
  coachChangeStatus,
  coachingProblem,
  type EventForSummary,
  emptyAdjustmentForm,
  eventSummary,
  formLoosens,
  isAccessRefused,
  painStopChoices,
  parseAdjustment,
  phaseWord,
} from "../lib/coaching.ts";
import { byDayHappened } from "../lib/compliance-calendar.ts";
import { isoWithOffset } from "../lib/local-date.ts";
import { runnerName } from "../lib/runner-names.ts";
import { uuidv7 } from "../lib/uuidv7.ts";

interface StoredEvent extends EventForSummary {
  id: string;
  localDate: string;
}

/** How many of the runner's latest entries the page lists. */
const recentShown = 15;

const flagWords: Record<string, string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  soon: "See someone soon",
  warning: "Warning",
  info: "Note",
};

function PlanToday({ plan }: { plan: PlanState }) {
  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan today, {formatDay(plan.today)}</h2>
      <p>
        <strong>{phaseWord(plan.phase)}</strong>
        {plan.week !== null ? `, week ${plan.week}` : ""}
        {plan.returnWeek !== null ? ` (walk/run week ${plan.returnWeek})` : ""}
      </p>
      {plan.runningAllowed ? (
        <p className="flag flag-ok">Running is allowed today.</p>
      ) : (
        <div className="flag flag-warning">
          <p>
            <strong>No running today.</strong>{" "}
            {plan.redFlag && plan.redFlag.level !== "none"
              ? `Open red flag: ${plan.redFlag.title}.`
              : plan.noImpactUntil
                ? `No impact through ${formatDay(plan.noImpactUntil)}.`
                : "Not in this phase of the plan yet."}
          </p>
        </div>
      )}
      {plan.flags.length > 0 ? (
        <>
          <h3>Flags</h3>
          {plan.flags.map((flag) => (
            <div key={flag.id} className={`flag flag-${flag.level}`}>
              <p>
                <strong>
                  {flagWords[flag.level] ?? flag.level}: {flag.title}
                </strong>
              </p>
              <p>{flag.text}</p>
              <p className="muted small">Since {formatDay(flag.since)}</p>
            </div>
          ))}
        </>
      ) : null}
      <h3>Tasks</h3>
      {plan.tasks.length === 0 ? (
        <p className="muted">No tasks today.</p>
      ) : (
        <ul className="plain-list">
          {plan.tasks.map((task) => (
            <li key={task.id} className="access-item">
              <p>
                <strong>{task.title}</strong>
                {task.done ? " · done" : ""}
                <br />
                {task.dosage}
                <br />
                <span className="muted small">Why: {task.reason.text}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentEvents({ events }: { events: readonly StoredEvent[] }) {
  const { profile } = useData();
  // By the day each entry happened, with the year: an old import sits in its own year, not this week.
  const recent = byDayHappened(events).slice(0, recentShown);
  return (
    <section className="card" aria-labelledby="events-heading">
      <h2 id="events-heading">Recent entries</h2>
      {recent.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <ul className="plain-list">
          {recent.map((event) => (
            <li key={event.id} className="access-item">
              <p>
                <span className="muted small">{formatDayWithYear(event.localDate)}</span>
                <br />
                {eventSummary(event, profile.distanceUnit)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const kindOptions: { value: AdjustmentKind; label: string }[] = [
  { value: "pain-threshold", label: "Pain stop (1 to 5)" },
  { value: "next-morning-check", label: "Next-morning check" },
  { value: "skip-week", label: "Skip a week" },
  { value: "hold-week", label: "Hold this week" },
  { value: "weekly-distance-cap", label: "Weekly distance cap" },
  { value: "rebuild-first", label: "Rebuild first" },
  { value: "note", label: "Note to the runner" },
];

const protocolStop = defaultProtocol.pain.stopThreshold0to10;

/** The reason a loosening change carries; the runner reads it on Today, so the hint says so. */
function ReasonField({
  label,
  value,
  onValue,
  error,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <TextField
      label={label}
      hint="Required. The runner sees it on Today with the change, in your words."
      value={value}
      onValue={onValue}
      error={error}
      maxLength={500}
    />
  );
}

function PainStopChoice({ value, onValue }: { value: string; onValue: (value: string) => void }) {
  const id = useId();
  return (
    <fieldset className="pain-scale" aria-describedby={`${id}-hint`}>
      <legend className="field-label">Stop at pain (1 to 5 out of 10)</legend>
      <p className="hint muted small" id={`${id}-hint`}>
        Running stops when pain reaches this. The plan's rule is {protocolStop}/10; above it needs a reason.
      </p>
      <div className="pain-options">
        {painStopChoices.map((score) => (
          <label key={score} className={score === protocolStop ? "pain-option stop-line" : "pain-option"}>
            <input
              type="radio"
              name={`${id}-stop`}
              value={score}
              checked={value === String(score)}
              onChange={() => onValue(String(score))}
            />
            <span className={score > protocolStop ? "pain-box at-or-over" : "pain-box"}>
              {score}
              <span className="visually-hidden"> out of 10</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function AdjustmentFormCard({ runnerId, plan, onSaved }: { runnerId: string; plan: PlanState; onSaved: () => void }) {
  const { profile } = useData();
  const [form, setForm] = useState<AdjustmentForm>(emptyAdjustmentForm);
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const baseId = useId();
  const set = (patch: Partial<AdjustmentForm>) => {
    setError(undefined);
    setForm((current) => ({ ...current, ...patch }));
  };
  const loosens = formLoosens(form);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus("");
    const parsed = parseAdjustment(form, profile.distanceUnit);
    if ("error" in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await api.post(`/api/athletes/${encodeURIComponent(runnerId)}/adjustments`, {
        id: uuidv7(),
        occurredAt: isoWithOffset(new Date(), profile.timeZone),
        // The runner's today: the change belongs to their plan's day, not the coach's.
        localDate: plan.today,
        adjustment: parsed.adjustment,
      });
      setForm(emptyAdjustmentForm);
      setStatus(
        loosens
          ? "Saved. The runner sees it on Today with your reason; it waits while a red flag is open."
          : "Saved. The runner's plan uses it from now on.",
      );
      onSaved();
    } catch (problem) {
      setStatus(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="adjust-heading">
      <h2 id="adjust-heading">Adjust the plan</h2>
      <p className="flag">
        Adjustments never override a red flag or a rest day: the safety rules always come first.{" "}
        <strong>Loosening needs a written reason.</strong> A pain stop above {protocolStop}/10, the next-morning check
        off or a skipped week is sent only with your reason, which the runner sees on Today. It never applies while a
        red flag is open.
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset className="kind-options">
          <legend>What to change</legend>
          {kindOptions.map((option) => (
            <div key={option.value} className="check">
              <input
                id={`${baseId}-${option.value}`}
                type="radio"
                name={`${baseId}-kind`}
                checked={form.kind === option.value}
                onChange={() => set({ kind: option.value })}
              />
              <label htmlFor={`${baseId}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        {form.kind === "pain-threshold" ? (
          <>
            <PainStopChoice value={form.painThreshold} onValue={(painThreshold) => set({ painThreshold })} />
            {loosens ? (
              <ReasonField
                label={`Why a stop above ${protocolStop}/10`}
                value={form.painReason}
                onValue={(painReason) => set({ painReason })}
                error={error}
              />
            ) : error ? (
              <p className="field-error">{error}</p>
            ) : null}
          </>
        ) : null}
        {form.kind === "next-morning-check" ? (
          <>
            <fieldset className="kind-options">
              <legend>The morning after a walk/run or run, ask how the back feels</legend>
              <p className="hint muted small">
                Worse that morning means no impact that day. It is on unless you switch it off.
              </p>
              <div className="check">
                <input
                  id={`${baseId}-morning-on`}
                  type="radio"
                  name={`${baseId}-morning`}
                  checked={form.morningCheckEnabled}
                  onChange={() => set({ morningCheckEnabled: true })}
                />
                <label htmlFor={`${baseId}-morning-on`}>On</label>
              </div>
              <div className="check">
                <input
                  id={`${baseId}-morning-off`}
                  type="radio"
                  name={`${baseId}-morning`}
                  checked={!form.morningCheckEnabled}
                  onChange={() => set({ morningCheckEnabled: false })}
                />
                <label htmlFor={`${baseId}-morning-off`}>Off</label>
              </div>
            </fieldset>
            {loosens ? (
              <ReasonField
                label="Why switch the morning check off"
                value={form.morningReason}
                onValue={(morningReason) => set({ morningReason })}
                error={error}
              />
            ) : null}
          </>
        ) : null}
        {form.kind === "skip-week" ? (
          <>
            <p className="hint">
              The runner moves one walk/run week ahead, without the sessions that would have earned it.
            </p>
            <ReasonField
              label="Why skip this week"
              value={form.skipReason}
              onValue={(skipReason) => set({ skipReason })}
              error={error}
            />
          </>
        ) : null}
        {form.kind === "hold-week" ? (
          <TextField
            label="Why hold this week"
            hint="The runner reads this. The plan stays on its current week for the next 7 days."
            value={form.holdReason}
            onValue={(holdReason) => set({ holdReason })}
            error={error}
            maxLength={500}
          />
        ) : null}
        {form.kind === "weekly-distance-cap" ? (
          <TextField
            label={`Most distance per week (${profile.distanceUnit})`}
            hint="It can only lower the plan's own 10% cap, never raise it."
            value={form.weeklyCap}
            onValue={(weeklyCap) => set({ weeklyCap })}
            error={error}
            inputMode="decimal"
          />
        ) : null}
        {form.kind === "rebuild-first" ? (
          <div className="check">
            <input
              id={`${baseId}-rebuild`}
              type="checkbox"
              checked={form.rebuildFirst}
              onChange={(event) => set({ rebuildFirst: event.target.checked })}
            />
            <label htmlFor={`${baseId}-rebuild`}>Strength rebuild first, then running (off: side by side)</label>
          </div>
        ) : null}
        {form.kind === "note" ? (
          <div className="field">
            <label htmlFor={`${baseId}-note`}>Note</label>
            <textarea
              id={`${baseId}-note`}
              value={form.note}
              onChange={(event) => set({ note: event.target.value })}
              maxLength={2000}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${baseId}-note-error` : undefined}
            />
            {error ? (
              <p className="field-error" id={`${baseId}-note-error`}>
                {error}
              </p>
            ) : null}
          </div>
        ) : null}
        <button type="submit" className="button primary" disabled={busy}>
          Save change
        </button>
        <p aria-live="polite" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}

/** Loosening changes in the runner's own words, and whether they hold today (never while a flag is open). */
function CoachChanges({ plan }: { plan: PlanState }) {
  return (
    <section className="card" aria-labelledby="coach-changes-heading">
      <h2 id="coach-changes-heading">Safety changes by coaches</h2>
      <p>
        Pain stop in force today: <strong>{plan.stopThreshold0to10}/10</strong>
        {plan.stopThreshold0to10 === protocolStop ? " (the plan's rule)." : "."}
      </p>
      {plan.coachChanges.length === 0 ? (
        <p className="muted">No change loosens the plan's safety rules.</p>
      ) : (
        <ul className="plain-list" aria-label="Changes that loosen safety, as the runner reads them">
          {plan.coachChanges.map((change) => (
            <li key={change.id} className={change.inForce ? "flag" : "flag flag-warning"}>
              <p>{change.text}</p>
              <p className="small">{coachChangeStatus(change)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface RunnerData {
  plan: PlanState;
  events: StoredEvent[];
  messages: ThreadMessage[];
}

async function allEvents(runnerId: string): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  let after = "";
  for (;;) {
    const page = await api.get<{ events: StoredEvent[]; nextCursor: string; hasMore: boolean }>(
      `/api/athletes/${encodeURIComponent(runnerId)}/events?limit=1000${after ? `&after=${after}` : ""}`,
    );
    all.push(...page.events);
    if (!page.hasMore) return all;
    after = page.nextCursor;
  }
}

/** One runner as their coach sees it; every read here is in the runner's "Who looked at your data". */
export default function CoachRunnerScreen({ runnerId }: { runnerId: string }) {
  const { user } = useAuth();
  const { profile } = useData();
  const [data, setData] = useState<RunnerData | null>(null);
  const [problem, setProblem] = useState("");
  const [refused, setRefused] = useState(false);
  const name = runnerName(runnerId);

  const load = useCallback(async () => {
    try {
      const path = `/api/athletes/${encodeURIComponent(runnerId)}`;
      const [plan, events, thread] = await Promise.all([
        api.get<PlanState>(`${path}/plan`),
        allEvents(runnerId),
        api.get<{ messages: ThreadMessage[] }>(`${path}/messages`),
      ]);
      setData({ plan, events, messages: thread.messages });
      setProblem("");
    } catch (error) {
      if (isAccessRefused(error)) {
        setRefused(true);
        setData(null);
      } else setProblem(coachingProblem(error));
    }
  }, [runnerId]);

  useEffect(() => {
    void load();
  }, [load]);

  const send = async (body: string) => {
    let sent: ThreadMessage;
    try {
      sent = await api.post<ThreadMessage>(`/api/athletes/${encodeURIComponent(runnerId)}/messages`, {
        id: uuidv7(),
        body,
      });
    } catch (error) {
      if (isAccessRefused(error)) setRefused(true);
      throw new Error(coachingProblem(error));
    }
    // Added in place rather than read again: every read lands in the runner's audit list.
    setData((current) => (current ? { ...current, messages: [...current.messages, sent] } : current));
  };

  return (
    <Page wide title={name ?? "Runner"}>
      <p>
        <a href="#/coach">‹ All my runners</a>
      </p>
      {refused ? (
        <div className="flag flag-warning" role="alert">
          <h2>No longer has access</h2>
          <p>
            You no longer have access to {name ?? "this runner"}'s data: they removed it, or never gave it. Nothing of
            theirs is shown, and you cannot message them or change their plan. They can give access again with a new
            invite code.
          </p>
        </div>
      ) : problem ? (
        <RetryAlert message={problem} onRetry={() => void load()} />
      ) : data === null ? (
        <Loading />
      ) : (
        <div className="coach-runner-columns">
          <div>
            <PlanToday plan={data.plan} />
            <ComplianceCalendar events={data.events} today={data.plan.today} distanceUnit={profile.distanceUnit} />
            <CoachRunnerInsights events={data.events} plan={data.plan} />
            <RecentEvents events={data.events} />
            <FormCheckTrend events={data.events} title="Form checks" />
          </div>
          <div>
            <section className="card" aria-labelledby="messages-heading">
              <h2 id="messages-heading">Messages</h2>
              <MessageThread
                messages={data.messages}
                selfId={user?.id ?? ""}
                timeZone={profile.timeZone}
                label={`Message to ${name ?? "the runner"}`}
                send={send}
              />
            </section>
            <AdjustmentFormCard runnerId={runnerId} plan={data.plan} onSaved={() => void load()} />
            <CoachChanges plan={data.plan} />
            <div className="card">
              <ClinicalHistory history={data.plan.history} />
            </div>
            <section className="card" aria-labelledby="report-heading">
              <h2 id="report-heading">Clinician report</h2>
              <p>One page for a physio or doctor: the last 12 weeks of pain, measures, adherence and load.</p>
              <ReportPdfDownload base={`/api/athletes/${encodeURIComponent(runnerId)}`} />
            </section>
          </div>
        </div>
      )}
    </Page>
  );
}

import { type FormEvent, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { eventBase } from "../lib/event-base.ts";
import {
  afterCheckInRoute,
  anyNeuroSymptom,
  checkInSymptoms,
  type NeuroAnswers,
  neuroQuestions,
  noNeuroSymptoms,
} from "../lib/pain-answers.ts";
import { PainScale } from "./PainScale.tsx";
import "./pain-cards.css";
import { YesNo } from "./YesNo.tsx";

export interface PainCheckInProps {
  headingId: string;
  /** The card's heading; "Pain check-in" for the daily reading. */
  title?: string;
  /** The scale's question. */
  legend?: string;
  /** "morning" answers the next-morning question after an impact session. */
  moment?: "morning" | "evening" | "any";
  /** Why the plan asks, shown under the heading. */
  intro?: string;
  /** Marks the daily check-in as already given today (it can be given again; the latest counts). */
  done?: boolean;
}

/**
 * Today's pain check-in, with the neurological questions as one yes/no group. Any symptom goes straight
 * to the red-flag questions (the triage screen shows the emergency page at its first emergency answer).
 */
export function PainCheckIn({
  headingId,
  title = "Pain check-in",
  legend = "How is your back right now?",
  moment,
  intro,
  done = false,
}: PainCheckInProps) {
  const { profile, plan, addEvents } = useData();
  const [pain, setPain] = useState<number | null>(null);
  const [symptoms, setSymptoms] = useState<Partial<NeuroAnswers>>({});
  const [symptomsOpen, setSymptomsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const answers: NeuroAnswers = { ...noNeuroSymptoms, ...symptoms };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pain === null) {
      setError("Choose a number from 0 to 10 first.");
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await addEvents([
        {
          ...eventBase(new Date(), profile.timeZone),
          type: "pain.checkin",
          pain0to10: pain,
          ...checkInSymptoms(answers),
          ...(moment ? { moment } : {}),
        },
      ]);
    } finally {
      setBusy(false);
    }
    setSaved(`Saved: pain ${pain}/10.`);
    setPain(null);
    setSymptoms({});
    setSymptomsOpen(false);
    const next = afterCheckInRoute(answers);
    if (next) navigate(next);
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId} tabIndex={-1}>
        {title}
        {done ? <span className="task-done-badge">✓ Done</span> : null}
      </h2>
      {intro ? <p className="task-reason">{intro}</p> : null}
      <PainScale
        legend={legend}
        value={pain}
        onChange={setPain}
        stopThreshold0to10={plan.stopThreshold0to10}
        showAdvice
      />
      <details
        className="symptom-questions"
        open={symptomsOpen}
        onToggle={(event) => setSymptomsOpen(event.currentTarget.open)}
      >
        <summary className="button">Any leg or other symptoms?</summary>
        <p className="muted small">New since your last check-in. Answer each one; no answer counts as no.</p>
        {neuroQuestions.map((item) => (
          <YesNo
            key={item.key}
            question={item.question}
            {...(item.hint ? { hint: item.hint } : {})}
            value={symptoms[item.key]}
            onChange={(yes) => setSymptoms((current) => ({ ...current, [item.key]: yes }))}
          />
        ))}
        {anyNeuroSymptom(answers) ? (
          <p className="field-error" role="status">
            After saving, the safety questions come next. No running until they are answered.
          </p>
        ) : null}
      </details>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p role="status" className="muted small">
        {saved ?? ""}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        Save check-in
      </button>
    </form>
  );
}

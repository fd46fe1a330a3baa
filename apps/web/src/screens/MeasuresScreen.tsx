import { globalChangeLabel } from "@backstride/domain";
import { useMemo, useState } from "react";
import { useData } from "../app/data.tsx";
import { ActivityScale } from "../components/ActivityScale.tsx";
import { OutcomeTrend } from "../components/OutcomeTrend.tsx";
import { Page } from "../components/Page.tsx";
import { PainScale } from "../components/PainScale.tsx";
import { TextField } from "../components/TextField.tsx";
import { eventBase } from "../lib/event-base.ts";
import { emptyOutcomeForm, type OutcomeFormState, outcomeFields, outcomeFormProblems } from "../lib/outcome-form.ts";
import { outcomesFor } from "../lib/outcome-view.ts";
import "../components/outcomes.css";

const ratings = Array.from({ length: 15 }, (_, index) => 7 - index);

function MeasuresForm({ onSaved }: { onSaved: () => void }) {
  const { events, plan, profile, addEvents } = useData();
  const summary = useMemo(() => outcomesFor(events, plan), [events, plan]);
  const [form, setForm] = useState<OutcomeFormState>(() => emptyOutcomeForm(summary.records));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const due = summary.due;
  if (!due) return null;
  const problems = outcomeFormProblems(form, due.asksGlobalChange);
  const setActivity = (index: number, change: Partial<OutcomeFormState["activities"][number]>) =>
    setForm((old) => ({
      ...old,
      activities: old.activities.map((row, at) => (at === index ? { ...row, ...change } : row)),
    }));

  const save = async () => {
    setTried(true);
    const fields = outcomeFields(form, due.timepoint, due.asksGlobalChange);
    if (!fields) return;
    setBusy(true);
    try {
      await addEvents([{ ...eventBase(new Date(), profile.timeZone), ...fields }]);
      onSaved();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      aria-labelledby="measures-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="measures-form-heading">{due.title}</h2>
      <PainScale
        legend="Your back pain right now"
        stopThreshold0to10={plan.stopThreshold0to10}
        value={form.now}
        onChange={(now) => setForm({ ...form, now })}
      />
      <PainScale
        legend="Your average back pain over the past week"
        stopThreshold0to10={plan.stopThreshold0to10}
        value={form.average}
        onChange={(average) => setForm({ ...form, average })}
      />
      <PainScale
        legend="Your worst back pain over the past week"
        stopThreshold0to10={plan.stopThreshold0to10}
        value={form.worst}
        onChange={(worst) => setForm({ ...form, worst })}
      />
      <h3>Activities you find hard</h3>
      <p className="muted small">
        Up to three things your back makes hard, for example "run 5 km", "sit through a film", "put on socks". Score
        each from 0 (cannot do it) to 10 (as well as before the pain).
      </p>
      {form.activities.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: three fixed rows; a row's name is what the runner edits.
        <div key={index} className="activity-row">
          <TextField
            label={`Activity ${index + 1}${index === 0 ? "" : " (optional)"}`}
            value={row.activity}
            maxLength={80}
            onValue={(activity) => setActivity(index, { activity })}
          />
          {row.activity.trim() !== "" ? (
            <ActivityScale
              activity={row.activity.trim()}
              value={row.score}
              onChange={(score) => setActivity(index, { score })}
            />
          ) : null}
        </div>
      ))}
      {due.asksGlobalChange ? (
        <div className="field global-change">
          <label htmlFor="global-change">Since you started, how has your back changed?</label>
          <select
            id="global-change"
            value={form.globalChange === null ? "" : String(form.globalChange)}
            onChange={(event) =>
              setForm({ ...form, globalChange: event.target.value === "" ? null : Number(event.target.value) })
            }
          >
            <option value="">Choose one</option>
            {ratings.map((rating) => (
              <option key={rating} value={rating}>
                {rating > 0 ? `+${rating}` : rating} {globalChangeLabel(rating)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {tried && problems.length > 0 ? (
        <ul className="field-error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          Save my answers
        </button>
      </div>
    </form>
  );
}

/** The outcome measures: the form when one is due, then each measure over time against its important change. */
export default function MeasuresScreen() {
  const { events, plan } = useData();
  const summary = useMemo(() => outcomesFor(events, plan), [events, plan]);
  const [saved, setSaved] = useState(false);
  return (
    <Page
      title="Measures"
      lead="Pain and the activities you find hard, at the start, weeks 2, 4, 8 and 12 and at the end. They show whether you are really getting better."
    >
      {saved && !summary.due ? (
        <p role="status" className="card">
          Saved. Your next check shows on Today when it is due.
        </p>
      ) : null}
      {summary.due ? <MeasuresForm key={summary.due.timepoint} onSaved={() => setSaved(true)} /> : null}
      <OutcomeTrend summary={summary} />
    </Page>
  );
}

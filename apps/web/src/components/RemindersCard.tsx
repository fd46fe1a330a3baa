import { type FormEvent, useEffect, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { api } from "../lib/api.ts";
import { coachingProblem } from "../lib/coaching.ts";
import { type ReminderForm, type Reminders, reminderForm, remindersFrom } from "../lib/reminders.ts";
import "./alerts.css";

function ReminderRow({
  label,
  on,
  time,
  onOn,
  onTime,
}: {
  label: string;
  on: boolean;
  time: string;
  onOn: (on: boolean) => void;
  onTime: (time: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <div className="check">
        <input id={`${id}-on`} type="checkbox" checked={on} onChange={(event) => onOn(event.target.checked)} />
        <label htmlFor={`${id}-on`}>{label}</label>
      </div>
      {on ? (
        <>
          <label htmlFor={`${id}-time`}>At</label>
          <input
            id={`${id}-time`}
            className="time-input"
            type="time"
            value={time}
            onChange={(event) => onTime(event.target.value)}
          />
        </>
      ) : null}
    </div>
  );
}

/** Email reminders at a time the runner picks, in the runner's own time zone. */
export function RemindersCard() {
  const { profile } = useData();
  const [form, setForm] = useState<ReminderForm | null>(null);
  const [problem, setProblem] = useState("");
  const [saved, setSaved] = useState("");
  useEffect(() => {
    api
      .get<Reminders>("/api/reminders")
      .then((reminders) => setForm(reminderForm(reminders)))
      .catch((error: unknown) => setProblem(coachingProblem(error)));
  }, []);
  if (!form) {
    return (
      <section className="card" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Reminders</h2>
        <p className="muted">{problem || "Loading…"}</p>
      </section>
    );
  }
  const set = (patch: Partial<ReminderForm>) => {
    setSaved("");
    setForm({ ...form, ...patch });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = remindersFrom(form);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    try {
      await api.put<Reminders>("/api/reminders", result.reminders);
      setProblem("");
      setSaved("Reminders saved.");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="reminders-heading" noValidate>
      <h2 id="reminders-heading">Reminders</h2>
      <p className="muted small">
        By email, at the time you choose in your time zone ({profile.timeZone.replace(/_/g, " ")}).
      </p>
      <ReminderRow
        label="Today's session"
        on={form.sessionOn}
        time={form.sessionTime}
        onOn={(sessionOn) => set({ sessionOn })}
        onTime={(sessionTime) => set({ sessionTime })}
      />
      <ReminderRow
        label="Morning check-in"
        on={form.morningOn}
        time={form.morningTime}
        onOn={(morningOn) => set({ morningOn })}
        onTime={(morningTime) => set({ morningTime })}
      />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p role="status" className="muted small">
        {saved}
      </p>
      <button type="submit" className="button primary">
        Save reminders
      </button>
    </form>
  );
}

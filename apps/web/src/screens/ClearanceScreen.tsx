import { type FormEvent, useId, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { ClinicalHistory } from "../components/ClinicalHistory.tsx";
import { Page } from "../components/Page.tsx";
import { TextField } from "../components/TextField.tsx";
import {
  type ClearanceErrors,
  type ClinicianRole,
  clearanceRecord,
  clearanceTargets,
  clinicianRoles,
  defaultChosen,
  earliestSeenOn,
  recordKind,
  validateClearance,
  whatHappensNext,
} from "../lib/clearance-form.ts";
import { eventBase } from "../lib/event-base.ts";

/**
 * Records a clinician's all-clear, or a visit about a "soon" flag, as a clinical record: who, when, for
 * which flag. The plan then resumes at relief and the rebuild, with the safety questions asked again.
 */
export default function ClearanceScreen() {
  const { events, plan, profile, today, addEvents } = useData();
  // The open concerns are read once: saving the record closes them, and the confirmation must not vanish.
  const [targets] = useState(() => clearanceTargets(events, plan));
  const [chosen, setChosen] = useState(() => defaultChosen(targets));
  const [clinicianName, setClinicianName] = useState("");
  const [clinicianRole, setClinicianRole] = useState<ClinicianRole | "">("");
  const [seenOn, setSeenOn] = useState(today);
  const [notes, setNotes] = useState("");
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<"clearance" | "visit" | null>(null);
  const savedRef = useRef<HTMLHeadingElement>(null);
  const baseId = useId();

  const input = { clinicianName, clinicianRole, seenOn, notes, chosen, today };
  const kind = recordKind(targets, chosen);
  const earliest = earliestSeenOn(targets, chosen) ?? undefined;
  // Shown after a first try, then following the answers, so a corrected field loses its error at once.
  const errors: ClearanceErrors = tried ? validateClearance(input, targets) : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateClearance(input, targets);
    setTried(true);
    if (Object.keys(found).length > 0) return;
    const record = clearanceRecord(input, targets);
    // Recorded now, today; the day of the visit travels in seenOn. Relief then runs from the record,
    // never from a visit days ago, so an all-clear never lands the runner straight back in running.
    await addEvents([{ ...eventBase(new Date(), profile.timeZone), ...record }]);
    setSaved(record.kind);
    requestAnimationFrame(() => savedRef.current?.focus());
  };

  const toggle = (key: string, on: boolean) =>
    setChosen((current) => (on ? [...current, key] : current.filter((item) => item !== key)));

  if (saved) {
    return (
      <Page title={saved === "visit" ? "Visit recorded" : "All-clear recorded"}>
        <div className="flag flag-ok">
          <h2 tabIndex={-1} ref={savedRef}>
            What happens next
          </h2>
          <ol>
            {whatHappensNext(saved, plan.reliefUntil).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </div>
        <div className="button-row">
          {saved === "clearance" ? (
            <a className="button primary" href="#/triage/recheck">
              Answer the safety questions
            </a>
          ) : null}
          <a className={saved === "clearance" ? "button" : "button primary"} href="#/today">
            Go to Today
          </a>
        </div>
        <ClinicalHistory history={plan.history} />
      </Page>
    );
  }

  return (
    <Page
      title={kind === "visit" ? "Record a clinician visit" : "Record a clinician's all-clear"}
      lead="Once a doctor or physiotherapist has examined you, record who saw you, when, and what for."
    >
      <div className="flag flag-soon">
        <h2>What happens after you save</h2>
        <ol>
          {whatHappensNext(kind, null).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <form onSubmit={submit} noValidate>
        {targets.length > 0 ? (
          <fieldset className="field" aria-describedby={errors.flags ? `${baseId}-flags-error` : undefined}>
            <legend className="field-label">What did they see you about?</legend>
            {targets.map((target) => (
              <div key={target.key} className="check">
                <input
                  id={`${baseId}-${target.key}`}
                  type="checkbox"
                  checked={chosen.includes(target.key)}
                  onChange={(event) => toggle(target.key, event.target.checked)}
                />
                <label htmlFor={`${baseId}-${target.key}`}>{target.label}</label>
              </div>
            ))}
            {errors.flags ? (
              <p className="field-error" id={`${baseId}-flags-error`}>
                {errors.flags}
              </p>
            ) : null}
          </fieldset>
        ) : (
          <p className="muted">No warning sign is open right now. You can still record a clinician's all-clear.</p>
        )}
        <TextField
          label="Clinician's name"
          value={clinicianName}
          onValue={setClinicianName}
          error={errors.clinicianName}
          autoComplete="off"
        />
        <fieldset className="field" aria-describedby={errors.clinicianRole ? `${baseId}-role-error` : undefined}>
          <legend className="field-label">Who are they?</legend>
          {clinicianRoles.map((role) => (
            <div key={role.value} className="check">
              <input
                id={`${baseId}-role-${role.value}`}
                type="radio"
                name={`${baseId}-role`}
                checked={clinicianRole === role.value}
                onChange={() => setClinicianRole(role.value)}
              />
              <label htmlFor={`${baseId}-role-${role.value}`}>{role.label}</label>
            </div>
          ))}
          {errors.clinicianRole ? (
            <p className="field-error" id={`${baseId}-role-error`}>
              {errors.clinicianRole}
            </p>
          ) : null}
        </fieldset>
        <TextField
          label="Day they saw you"
          type="date"
          value={seenOn}
          min={earliest}
          max={today}
          onValue={setSeenOn}
          error={errors.seenOn}
        />
        <div className="field">
          <label htmlFor={`${baseId}-notes`}>What they said (optional)</label>
          <textarea
            id={`${baseId}-notes`}
            value={notes}
            maxLength={2000}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
        <button type="submit" className="button primary block">
          {kind === "visit" ? "Save visit" : "Save all-clear"}
        </button>
      </form>
      <ClinicalHistory history={plan.history} />
    </Page>
  );
}

import { formatDay } from "@backstride/domain";
import { type FormEvent, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";
import { TextField } from "../components/TextField.tsx";
import { type ClearanceErrors, clinicianLabel, validateClearance } from "../lib/clearance-form.ts";
import { eventBase } from "../lib/event-base.ts";
import { latestEvent } from "../lib/latest-event.ts";
import { instantOfLocal } from "../lib/local-date.ts";

const roles = ["Doctor (GP)", "Sports physician", "Emergency doctor", "Physiotherapist", "Spine specialist"];

/** Records a clinician's all-clear (clearance.recorded), which is what lets running start again. */
export default function ClearanceScreen() {
  const { events, profile, today, addEvents } = useData();
  const [clinicianName, setClinicianName] = useState("");
  const [clinicianRole, setClinicianRole] = useState("");
  const [seenOn, setSeenOn] = useState(today);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<ClearanceErrors>({});
  const notesId = useId();
  const roleId = useId();
  const last = latestEvent(events, "clearance.recorded");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateClearance({ clinicianName, clinicianRole, seenOn, notes, today });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const when = seenOn === today ? new Date() : instantOfLocal(seenOn, "12:00", profile.timeZone);
    await addEvents([
      {
        ...eventBase(when, profile.timeZone, seenOn),
        type: "clearance.recorded",
        clinician: clinicianLabel(clinicianName, clinicianRole),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
    ]);
    navigate("#/today");
  };

  return (
    <Page
      title="Record a clinician's all-clear"
      lead="Once a doctor or physiotherapist has examined you and said you may run, record it here. Your plan starts again from the right phase."
    >
      {last ? (
        <p className="muted">
          Last all-clear: {last.clinician}, {formatDay(last.localDate)}.
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextField
          label="Clinician's name"
          value={clinicianName}
          onValue={setClinicianName}
          error={errors.clinicianName}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor={roleId}>Their role</label>
          <input
            id={roleId}
            list={`${roleId}-list`}
            value={clinicianRole}
            onChange={(event) => setClinicianRole(event.target.value)}
            aria-invalid={errors.clinicianRole ? true : undefined}
            aria-describedby={errors.clinicianRole ? `${roleId}-error` : undefined}
          />
          <datalist id={`${roleId}-list`}>
            {roles.map((role) => (
              <option key={role} value={role} />
            ))}
          </datalist>
          {errors.clinicianRole ? (
            <p className="field-error" id={`${roleId}-error`}>
              {errors.clinicianRole}
            </p>
          ) : null}
        </div>
        <TextField
          label="Date you were seen"
          type="date"
          value={seenOn}
          max={today}
          onValue={setSeenOn}
          error={errors.seenOn}
        />
        <div className="field">
          <label htmlFor={notesId}>What they said (optional)</label>
          <textarea id={notesId} value={notes} maxLength={2000} onChange={(event) => setNotes(event.target.value)} />
        </div>
        <button type="submit" className="button primary block">
          Save all-clear
        </button>
      </form>
    </Page>
  );
}

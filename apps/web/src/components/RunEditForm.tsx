import type { DistanceUnit, EventOf, LoadRun, RunProblem, Surface } from "@backstride/domain";
import { type FormEvent, useId, useRef, useState } from "react";
import type { Shoe } from "../lib/api-types.ts";
import {
  checkRun,
  parseRunEdit,
  type RunChanges,
  type RunEditForm as RunEditValues,
  type RunFormErrors,
  runEditFormFrom,
} from "../lib/run-form.ts";
import { surfaceLabels, surfaceOptions } from "../lib/surfaces.ts";
import { PainScale } from "./PainScale.tsx";
import { SelectField } from "./SelectField.tsx";
import { TextField } from "./TextField.tsx";

/**
 * Corrects a run: the same fields and the same checks as "Log a run". Impossible numbers are refused
 * beside the field; implausible new numbers ask "Is this right?" first. Only changed fields are sent.
 */
export function RunEditForm({
  run,
  unit,
  shoes,
  earlierRuns,
  stopThreshold0to10,
  onSave,
  onCancel,
}: {
  /** The run as it stands, corrections applied. */
  run: EventOf<"run.logged">;
  unit: DistanceUnit;
  shoes: readonly Shoe[];
  /** The other runs in the log, for the "twice your longest" question. */
  earlierRuns: readonly LoadRun[];
  stopThreshold0to10: number;
  onSave: (changes: RunChanges) => Promise<void>;
  onCancel: () => void;
}) {
  const [initial] = useState(() => runEditFormFrom(run, unit));
  const [form, setForm] = useState<RunEditValues>(initial);
  const [errors, setErrors] = useState<RunFormErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const [questions, setQuestions] = useState<{ problems: RunProblem[]; changes: RunChanges } | null>(null);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const notesId = useId();
  const set = (patch: Partial<RunEditValues>) => {
    setUnchanged(false);
    setQuestions(null);
    setForm((current) => ({ ...current, ...patch }));
  };

  // Retired pairs stay choosable only if this run already had them.
  const shoeOptions = shoes.filter((shoe) => shoe.retiredAt === null || shoe.id === initial.shoeId);

  const save = async (changes: RunChanges) => {
    setBusy(true);
    try {
      await onSave(changes);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRunEdit({ initial, edited: form, run, unit });
    setErrors(parsed.errors);
    if (!parsed.value) return;
    const check = checkRun({ localDate: run.localDate, ...parsed.value, earlierRuns, distanceUnit: unit });
    // Even an edit of the notes alone must not keep an impossible run: the fix is the point of editing.
    if (Object.keys(check.errors).length > 0) {
      setErrors(check.errors);
      return;
    }
    if (!parsed.changes) {
      setUnchanged(true);
      return;
    }
    const numbersChanged = parsed.changes.distanceMeters !== undefined || parsed.changes.durationSeconds !== undefined;
    if (numbersChanged && check.questions.length > 0) {
      setQuestions({ problems: check.questions, changes: parsed.changes });
      requestAnimationFrame(() => questionRef.current?.focus());
      return;
    }
    await save(parsed.changes);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-run-heading">
      <h2 id="edit-run-heading">Edit this run</h2>
      <div className="field-row">
        <TextField
          label={`Distance (${unit})`}
          inputMode="decimal"
          value={form.distance}
          onValue={(distance) => set({ distance })}
          error={errors.distance}
          autoComplete="off"
        />
        <TextField
          label="Time (mm:ss or h:mm:ss)"
          inputMode="numeric"
          value={form.duration}
          onValue={(duration) => set({ duration })}
          error={errors.duration}
          autoComplete="off"
        />
      </div>
      <SelectField<Surface>
        label="Surface"
        value={form.surface}
        options={surfaceOptions.map((value) => ({ value, label: surfaceLabels[value] }))}
        onValue={(surface) => set({ surface })}
      />
      <SelectField
        label="Shoes"
        value={form.shoeId}
        options={[
          ...shoeOptions.map((shoe) => ({ value: shoe.id, label: shoe.name })),
          { value: "", label: "Not recorded" },
        ]}
        onValue={(shoeId) => set({ shoeId })}
      />
      <PainScale
        legend="Pain during the run"
        value={form.painDuring0to10}
        onChange={(painDuring0to10) => set({ painDuring0to10 })}
        stopThreshold0to10={stopThreshold0to10}
      />
      <PainScale
        legend="Pain after the run"
        value={form.painAfter0to10}
        onChange={(painAfter0to10) => set({ painAfter0to10 })}
        stopThreshold0to10={stopThreshold0to10}
      />
      <div className="field">
        <label htmlFor={notesId}>Notes (optional)</label>
        <textarea
          id={notesId}
          value={form.notes}
          maxLength={2000}
          onChange={(event) => set({ notes: event.target.value })}
        />
      </div>
      {questions ? (
        <div ref={questionRef} tabIndex={-1} role="alert" className="flag flag-warning">
          <h3>Is this right?</h3>
          <ul>
            {questions.problems.map((problem) => (
              <li key={problem.code}>{problem.message}</li>
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => void save(questions.changes)}
            >
              Yes, save it
            </button>
            <button type="button" className="button" onClick={() => setQuestions(null)}>
              Fix it
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            Save changes
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" className="muted small">
        {unchanged ? "Nothing has changed yet." : ""}
      </p>
    </form>
  );
}

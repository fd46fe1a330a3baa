import {
  type BackstrideEvent,
  checkRunBeforeSaving,
  defaultProtocol,
  formatDistance,
  type LoadRun,
  planFor,
  type RunProblem,
  type RunWarning,
  type Surface,
} from "@backstride/domain";
import { type FormEvent, useId, useMemo, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";
import { PainScale } from "../components/PainScale.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextField } from "../components/TextField.tsx";
import { effectiveRuns } from "../lib/effective-runs.ts";
import { eventBase } from "../lib/event-base.ts";
import { formatClock } from "../lib/format.ts";
import { instantOfLocal, localDateOf } from "../lib/local-date.ts";
import { hrefFor } from "../lib/route.ts";
import { checkRun, parseRunForm, type RunFormErrors, type RunFormValue } from "../lib/run-form.ts";
import { surfaceLabels, surfaceOptions } from "../lib/surfaces.ts";

function nowTime(timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    new Date(),
  );
}

interface Pending {
  value: RunFormValue;
  /** Implausible distance or pace: the runner confirms the numbers. */
  questions: RunProblem[];
  /** The plan's load guards: the runner decides whether to save anyway. */
  warnings: RunWarning[];
}

/**
 * Log a run by hand. Impossible runs are refused beside the field; implausible ones ask "Is this
 * right?"; the 10% cap, single-run spike and concrete guards warn before saving.
 */
export default function LogRunScreen() {
  const { events, profile, shoes, today, plan, addEvents } = useData();
  const activeShoes = shoes.filter((shoe) => shoe.retiredAt === null);
  const defaultShoe = activeShoes.find((shoe) => shoe.isDefault) ?? activeShoes[0];
  const [localDate, setLocalDate] = useState(today);
  const [startTime, setStartTime] = useState(() => nowTime(profile.timeZone));
  const [distance, setDistance] = useState("");
  const [duration, setDuration] = useState("");
  const [surface, setSurface] = useState<Surface>("asphalt");
  const [shoeId, setShoeId] = useState(defaultShoe?.id ?? "");
  const [painDuring, setPainDuring] = useState<number | null>(null);
  const [painAfter, setPainAfter] = useState<number | null>(null);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<RunFormErrors>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const warningsRef = useRef<HTMLDivElement>(null);
  const notesId = useId();
  const unit = profile.distanceUnit;

  // Corrected and deleted runs count as the runner left them, for the guards as for the plan.
  const runs: LoadRun[] = useMemo(
    () =>
      effectiveRuns(events).map((run) => ({
        localDate: run.localDate,
        distanceMeters: run.distanceMeters,
        surface: run.surface,
      })),
    [events],
  );

  const save = async (value: RunFormValue) => {
    const instant =
      value.localDate === today && value.startTime === nowTime(profile.timeZone)
        ? new Date()
        : instantOfLocal(value.localDate, value.startTime, profile.timeZone);
    const event: BackstrideEvent = {
      ...eventBase(instant, profile.timeZone, localDateOf(instant, profile.timeZone)),
      type: "run.logged",
      distanceMeters: value.distanceMeters,
      durationSeconds: value.durationSeconds,
      surface,
      source: "manual",
      ...(shoeId ? { shoeId } : {}),
      ...(painDuring !== null ? { painDuring0to10: painDuring } : {}),
      ...(painAfter !== null ? { painAfter0to10: painAfter } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    await addEvents([event]);
    navigate(hrefFor({ name: "run", id: event.id }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRunForm({ localDate, startTime, distance, duration, unit, today });
    setErrors(parsed.errors);
    if (!parsed.value) return;
    const value = parsed.value;
    const check = checkRun({ ...value, earlierRuns: runs, distanceUnit: unit });
    if (Object.keys(check.errors).length > 0) {
      setErrors(check.errors);
      return;
    }
    const warnings = checkRunBeforeSaving({
      runs,
      candidate: { localDate: value.localDate, distanceMeters: value.distanceMeters, surface },
      today,
      protocol: defaultProtocol,
      plan: planFor(events, defaultProtocol, value.localDate),
      unit,
    });
    if (check.questions.length > 0 || warnings.length > 0) {
      setPending({ value, questions: check.questions, warnings });
      requestAnimationFrame(() => warningsRef.current?.focus());
      return;
    }
    await save(value);
  };

  if (pending) {
    const asking = pending.questions.length > 0;
    return (
      <Page title={asking ? "Is this right?" : "Before you save"}>
        <div ref={warningsRef} tabIndex={-1} role="alert">
          {asking ? (
            <div className="flag flag-warning">
              <h2>
                {formatDistance(pending.value.distanceMeters, unit)} in {formatClock(pending.value.durationSeconds)}
              </h2>
              <ul>
                {pending.questions.map((question) => (
                  <li key={question.code}>{question.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {pending.warnings.map((warning) => (
            <div key={warning.code} className={warning.level === "stop" ? "flag flag-urgent" : "flag flag-warning"}>
              <h2>{warning.level === "stop" ? "Your plan says no running" : "Check this run"}</h2>
              <p>{warning.text}</p>
              {warning.sources.length > 0 ? (
                <p className="muted small">Source: {warning.sources.map((source) => source.label).join("; ")}</p>
              ) : null}
            </div>
          ))}
        </div>
        <p>
          {asking
            ? "Runs this fast or this long are rare while your back recovers. If the numbers are right, save it; if a digit slipped, fix it first."
            : "A run that already happened should still be recorded: saving keeps your log honest, and the plan adjusts around it."}
        </p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => void save(pending.value)}>
            {asking ? "Yes, save it" : "Save anyway"}
          </button>
          <button type="button" className="button" onClick={() => setPending(null)}>
            {asking ? "Fix it" : "Change the run"}
          </button>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Log a run">
      <p>
        <a href="#/runs">See all runs</a> · <a href="#/import">Import from a watch</a>
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <TextField
            label="Date"
            type="date"
            value={localDate}
            max={today}
            onValue={setLocalDate}
            error={errors.localDate}
          />
          <TextField label="Start time" type="time" value={startTime} onValue={setStartTime} error={errors.startTime} />
        </div>
        <div className="field-row">
          <TextField
            label={`Distance (${unit})`}
            inputMode="decimal"
            value={distance}
            onValue={setDistance}
            error={errors.distance}
            autoComplete="off"
          />
          <TextField
            label="Time (mm:ss or h:mm:ss)"
            inputMode="numeric"
            value={duration}
            onValue={setDuration}
            error={errors.duration}
            autoComplete="off"
          />
        </div>
        <SelectField
          label="Surface"
          value={surface}
          options={surfaceOptions.map((value) => ({ value, label: surfaceLabels[value] }))}
          onValue={setSurface}
        />
        {activeShoes.length > 0 ? (
          <SelectField
            label="Shoes"
            value={shoeId}
            options={[
              ...activeShoes.map((shoe) => ({
                value: shoe.id,
                label: shoe.isDefault ? `${shoe.name} (default)` : shoe.name,
              })),
              { value: "", label: "Not recorded" },
            ]}
            onValue={setShoeId}
          />
        ) : (
          <p className="muted small">
            Add your shoes in <a href="#/shoes">Shoes</a> to track their mileage.
          </p>
        )}
        <PainScale
          legend="Pain during the run"
          value={painDuring}
          onChange={setPainDuring}
          stopThreshold0to10={plan.stopThreshold0to10}
          showAdvice
        />
        <PainScale
          legend="Pain after the run"
          value={painAfter}
          onChange={setPainAfter}
          stopThreshold0to10={plan.stopThreshold0to10}
        />
        <div className="field">
          <label htmlFor={notesId}>Notes (optional)</label>
          <textarea id={notesId} value={notes} maxLength={2000} onChange={(event) => setNotes(event.target.value)} />
        </div>
        <button type="submit" className="button primary block">
          Save run
        </button>
      </form>
    </Page>
  );
}

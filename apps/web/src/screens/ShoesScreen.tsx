import { formatDistance } from "@backstride/domain";
import { type FormEvent, useId, useMemo, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { TextField } from "../components/TextField.tsx";
import { ApiError, api, NetworkError } from "../lib/api.ts";
import type { Shoe } from "../lib/api-types.ts";
import { formatDateWithYear } from "../lib/format.ts";
import { parseShoeForm, type ShoeFormErrors, type ShoeFormInput, shoeFormFrom } from "../lib/shoe-form.ts";
import { type ShoeView, shoeViews } from "../lib/shoe-view.ts";

function ShoeForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: ShoeFormInput;
  submitLabel: string;
  onSubmit: (form: ShoeFormInput) => Promise<ShoeFormErrors | null>;
  onCancel?: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<ShoeFormErrors>({});
  const [busy, setBusy] = useState(false);
  const defaultId = useId();
  const set = (patch: Partial<ShoeFormInput>) => setForm((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const found = await onSubmit(form);
      setErrors(found ?? {});
      if (!found) setForm(initial);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <TextField label="Name" value={form.name} onValue={(name) => set({ name })} error={errors.name} />
      <TextField label="Brand (optional)" value={form.brand} onValue={(brand) => set({ brand })} error={errors.brand} />
      <div className="field-row">
        <TextField
          label="Heel-to-toe drop, mm (optional)"
          inputMode="decimal"
          value={form.dropMm}
          onValue={(dropMm) => set({ dropMm })}
          error={errors.dropMm}
        />
        <TextField
          label={`Already run in them, ${form.unit}`}
          inputMode="decimal"
          value={form.startDistance}
          onValue={(startDistance) => set({ startDistance })}
          error={errors.startDistance}
        />
      </div>
      <TextField
        label="Bought or first run in"
        hint="Only runs from this day on count toward these shoes."
        type="date"
        value={form.startedOn}
        max={form.today}
        onValue={(startedOn) => set({ startedOn })}
        error={errors.startedOn}
      />
      <div className="check">
        <input
          id={defaultId}
          type="checkbox"
          checked={form.isDefault}
          onChange={(event) => set({ isDefault: event.target.checked })}
        />
        <label htmlFor={defaultId}>Default shoes for new and imported runs</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function wearClass(status: ShoeView["wear"]["status"]): string {
  if (status === "replace") return "flag flag-urgent";
  if (status === "warn") return "flag flag-warning";
  return "";
}

/** Shoes: mileage and when to replace them (the article: every 300–500 miles), default pair, drop. */
export default function ShoesScreen() {
  const { shoes, events, profile, today, reloadShoes } = useData();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unit = profile.distanceUnit;
  const views = useMemo(
    () => shoeViews({ shoes, events, unit, timeZone: profile.timeZone }),
    [shoes, events, unit, profile.timeZone],
  );
  const active = views.filter((view) => view.shoe.retiredAt === null);
  const retired = views.filter((view) => view.shoe.retiredAt !== null);
  const empty: ShoeFormInput = {
    name: "",
    brand: "",
    dropMm: "",
    startDistance: "",
    startedOn: today,
    isDefault: active.length === 0,
    unit,
    today,
  };

  const call = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setError(null);
    setMessage(null);
    try {
      await action();
      await reloadShoes();
      setMessage(done);
      return true;
    } catch (reason) {
      if (reason instanceof NetworkError)
        setError("Changing shoes needs a connection. You are offline; try again later.");
      else if (reason instanceof ApiError) setError(reason.message);
      else setError("Something went wrong. Try again.");
      return false;
    }
  };

  const save = (shoe: Shoe | null) => async (form: ShoeFormInput) => {
    const { errors, body } = parseShoeForm(form);
    if (!body) return errors;
    const ok = shoe
      ? await call(() => api.patch(`/api/shoes/${shoe.id}`, body), `Saved ${body.name}.`)
      : await call(() => api.post("/api/shoes", body), `Added ${body.name}.`);
    if (ok) setEditing(null);
    return ok ? null : {};
  };

  return (
    <Page
      title="Shoes"
      lead={`Worn foam passes more shock to the spine. Check them at ${unit === "mi" ? "300 miles" : "about 480 km"} and replace them by ${unit === "mi" ? "500 miles" : "about 800 km"}, even if the tread looks fine.`}
    >
      <p role="status" className={error ? "form-error" : "muted"}>
        {error ?? message ?? ""}
      </p>
      {active.length === 0 ? <p>No shoes yet. Add the pair you run in.</p> : null}
      <ul className="plain-list">
        {active.map(({ shoe, startedOn, distanceMeters, runsBeforeStart, wear }) => (
          <li key={shoe.id} className="card">
            {editing === shoe.id ? (
              <>
                <h2>Edit {shoe.name}</h2>
                <ShoeForm
                  initial={shoeFormFrom(shoe, startedOn, unit, today)}
                  submitLabel="Save shoes"
                  onSubmit={save(shoe)}
                  onCancel={() => setEditing(null)}
                />
              </>
            ) : (
              <>
                <h2>
                  {shoe.name}
                  {shoe.isDefault ? <span className="muted small"> · default</span> : null}
                </h2>
                <p>
                  {formatDistance(distanceMeters, unit)}
                  {shoe.brand ? ` · ${shoe.brand}` : ""}
                  {shoe.dropMm !== null ? ` · ${shoe.dropMm} mm drop` : ""}
                </p>
                <p className="muted small">
                  Counting runs since {formatDateWithYear(startedOn)}.
                  {runsBeforeStart > 0
                    ? ` ${runsBeforeStart === 1 ? "1 earlier run is" : `${runsBeforeStart} earlier runs are`} from before then and not counted.`
                    : ""}
                </p>
                <meter
                  className="meter"
                  min={0}
                  max={shoe.replaceAtMeters ?? 804_672}
                  low={shoe.warnAtMeters ?? 482_803}
                  high={(shoe.replaceAtMeters ?? 804_672) * 0.999}
                  optimum={0}
                  value={distanceMeters}
                  aria-label={`Wear of ${shoe.name}`}
                />
                <div className={wearClass(wear.status)}>
                  <p>{wear.message}</p>
                </div>
                {wear.notes.map((note) => (
                  <div key={note.code} className="flag">
                    <p>{note.text}</p>
                    <p className="muted small">Source: {note.sources.map((source) => source.label).join("; ")}</p>
                  </div>
                ))}
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    onClick={() => setEditing(shoe.id)}
                    aria-label={`Edit ${shoe.name}`}
                  >
                    Edit
                  </button>
                  {shoe.isDefault ? null : (
                    <button
                      type="button"
                      className="button"
                      aria-label={`Make default: ${shoe.name}`}
                      onClick={() =>
                        void call(
                          () => api.patch(`/api/shoes/${shoe.id}`, { isDefault: true }),
                          `${shoe.name} is now the default.`,
                        )
                      }
                    >
                      Make default
                    </button>
                  )}
                  <button
                    type="button"
                    className="button danger"
                    aria-label={`Retire ${shoe.name}`}
                    onClick={() => void call(() => api.delete(`/api/shoes/${shoe.id}`), `Retired ${shoe.name}.`)}
                  >
                    Retire
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby="add-shoes-heading">
        <h2 id="add-shoes-heading">Add shoes</h2>
        <ShoeForm initial={empty} submitLabel="Add shoes" onSubmit={save(null)} />
      </section>
      {retired.length > 0 ? (
        <section aria-labelledby="retired-heading">
          <h2 id="retired-heading">Retired</h2>
          <ul>
            {retired.map(({ shoe, distanceMeters }) => (
              <li key={shoe.id}>
                {shoe.name}: {formatDistance(distanceMeters, unit)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

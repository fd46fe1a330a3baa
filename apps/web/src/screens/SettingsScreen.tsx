import { type FormEvent, useId, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { useData } from "../app/data.tsx";
import { CalendarFeedCard } from "../components/CalendarFeedCard.tsx";
import { Page } from "../components/Page.tsx";
import { RemindersCard } from "../components/RemindersCard.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { TextField } from "../components/TextField.tsx";
import { ApiError, api, NetworkError } from "../lib/api.ts";
import type { ImportExportResult, Profile } from "../lib/api-types.ts";
import { minPasswordLength } from "../lib/auth-form.ts";
import { LocalStore } from "../lib/local-store.ts";
import { restoreSummary } from "../lib/restore-summary.ts";
import { timeZoneOptions } from "../lib/time-zones.ts";

function messageOf(error: unknown): string {
  if (error instanceof NetworkError) return "This needs a connection. You are offline; try again later.";
  if (error instanceof ApiError) return error.status === 401 ? "That password is not right." : error.message;
  return "Something went wrong. Try again.";
}

function Preferences() {
  const { profile, saveProfile } = useData();
  const [draft, setDraft] = useState<Profile>(profile);
  const [saved, setSaved] = useState(false);
  const gpsId = useId();
  const set = (patch: Partial<Profile>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await saveProfile({ ...draft, displayName: draft.displayName.trim() || profile.displayName });
    setSaved(true);
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="prefs-heading" noValidate>
      <h2 id="prefs-heading">Preferences</h2>
      <TextField label="Your name" value={draft.displayName} onValue={(displayName) => set({ displayName })} />
      <SelectField
        label="Distance unit"
        value={draft.distanceUnit}
        options={[
          { value: "km", label: "Kilometres (km)" },
          { value: "mi", label: "Miles (mi)" },
        ]}
        onValue={(distanceUnit) => set({ distanceUnit })}
      />
      <SelectField
        label="Weight unit"
        value={draft.weightUnit}
        options={[
          { value: "kg", label: "Kilograms (kg)" },
          { value: "lb", label: "Pounds (lb)" },
        ]}
        onValue={(weightUnit) => set({ weightUnit })}
      />
      <SelectField
        label="Time zone"
        hint="Your days, plan and dates follow this zone."
        value={draft.timeZone}
        options={timeZoneOptions(draft.timeZone).map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
        onValue={(timeZone) => set({ timeZone })}
      />
      <SelectField
        label="Appearance"
        value={draft.theme}
        options={[
          { value: "system", label: "Same as this device" },
          { value: "light", label: "Light" },
          { value: "dark", label: "Dark" },
        ]}
        onValue={(theme) => set({ theme })}
      />
      <TextField
        label="Your goal (optional)"
        hint={`In your own words, e.g. back to ${draft.distanceUnit === "mi" ? "25 miles" : "40 km"} a week by June.`}
        value={draft.goal}
        maxLength={500}
        onValue={(goal) => set({ goal })}
      />
      <div className="check">
        <input
          id={gpsId}
          type="checkbox"
          checked={draft.keepGpsTracks}
          onChange={(event) => set({ keepGpsTracks: event.target.checked })}
        />
        <label htmlFor={gpsId}>Keep GPS tracks of imported runs (start and end hidden)</label>
      </div>
      <p role="status" className="muted small">
        {saved ? "Saved." : ""}
      </p>
      <button type="submit" className="button primary">
        Save settings
      </button>
    </form>
  );
}

function RestoreExport() {
  const { syncNow } = useData();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");

  async function restore(file: File) {
    setBusy(true);
    setStatus("Reading the export…");
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        setStatus(`${file.name} is not a Backstride export: it is not JSON. Nothing was changed.`);
        return;
      }
      const result = await api.post<ImportExportResult>("/api/import-export", document);
      setStatus(restoreSummary(result));
      // Pull what was added so the plan on this phone includes it at once.
      syncNow();
    } catch (error) {
      setStatus(`${messageOf(error)} Nothing was changed.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Bring back an export</h2>
      <p>
        Load a Backstride export (the JSON file above), from this server or another one. Entries you already have are
        skipped, so nothing is doubled.
      </p>
      <input
        id={inputId}
        className="visually-hidden file-input"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void restore(file);
        }}
      />
      <label htmlFor={inputId} className="button">
        Choose an export file
      </label>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function ExportData() {
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export my data</h2>
      <p>Everything you logged, yours to keep or take to a clinician.</p>
      <ul className="plain-list">
        <li>
          <a className="row-link" href="/api/export.json" download>
            Download everything (JSON)
          </a>
        </li>
        <li>
          <a className="row-link" href="/api/export/runs.csv" download>
            Download runs (CSV)
          </a>
        </li>
        <li>
          <a className="row-link" href="/api/export/pain.csv" download>
            Download pain scores (CSV)
          </a>
        </li>
      </ul>
    </section>
  );
}

function ChangePassword() {
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.length < minPasswordLength) {
      setStatus({ ok: false, text: `Use at least ${minPasswordLength} characters for the new password.` });
      return;
    }
    try {
      await api.post("/api/auth/change-password", { currentPassword, newPassword });
      setCurrent("");
      setNew("");
      setStatus({ ok: true, text: "Password changed." });
    } catch (error) {
      setStatus({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading">Change password</h2>
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onValue={setCurrent}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minPasswordLength} characters.`}
        value={newPassword}
        onValue={setNew}
      />
      <p role="status" className={status && !status.ok ? "field-error" : "muted small"}>
        {status?.text ?? ""}
      </p>
      <button type="submit" className="button">
        Change password
      </button>
    </form>
  );
}

function Account() {
  const { store, sync } = useData();
  const { signOut, forget } = useAuth();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [confirmSignOut, setConfirmSignOut] = useState(false);

  const doSignOut = async () => {
    const userId = store.userId;
    store.close();
    await LocalStore.destroy(userId);
    window.location.hash = "#/sign-in";
    await signOut().catch(() => undefined);
  };

  const requestSignOut = () => {
    if (sync.waiting > 0 && !confirmSignOut) setConfirmSignOut(true);
    else void doSignOut();
  };

  const deleteAccount = async (event: FormEvent) => {
    event.preventDefault();
    if (password === "") {
      setError("Enter your password to confirm.");
      return;
    }
    try {
      await api.delete("/api/account", { password });
      const userId = store.userId;
      store.close();
      await LocalStore.destroy(userId);
      forget();
    } catch (reason) {
      setError(messageOf(reason));
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="signout-heading">
        <h2 id="signout-heading">Sign out</h2>
        <p>Signing out removes your log from this device; it stays safe on the server.</p>
        {confirmSignOut ? (
          <p className="form-error" role="alert">
            {sync.waiting} {sync.waiting === 1 ? "entry has" : "entries have"} not reached the server yet. Signing out
            now deletes {sync.waiting === 1 ? "it" : "them"}. Connect to the internet first to keep{" "}
            {sync.waiting === 1 ? "it" : "them"}.
          </p>
        ) : null}
        <button type="button" className="button" onClick={requestSignOut}>
          {confirmSignOut ? "Sign out anyway" : "Sign out"}
        </button>
      </section>
      <form onSubmit={deleteAccount} className="card" aria-labelledby="delete-heading" noValidate>
        <h2 id="delete-heading">Delete my account</h2>
        <p>
          This deletes your account and everything in it, on the server and on this device, at once. It cannot be
          undone. Export your data first if you want a copy.
        </p>
        <TextField
          label="Password to confirm"
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={error ?? undefined}
        />
        <button type="submit" className="button danger solid">
          Delete my account
        </button>
      </form>
    </>
  );
}

/** Settings: units, time zone, dark mode, export, password, sign out, delete the account. */
export default function SettingsScreen() {
  const { user } = useAuth();
  const isRunner = user?.roles.includes("runner") ?? false;
  return (
    <Page title="Settings">
      <Preferences />
      {isRunner ? <RemindersCard /> : null}
      {isRunner ? (
        <CalendarFeedCard lead="Your next four weeks (circuits, walk/runs with their intervals, rest days, check-ins, measures) in your own calendar app." />
      ) : null}
      <ExportData />
      <RestoreExport />
      <ChangePassword />
      <Account />
    </Page>
  );
}

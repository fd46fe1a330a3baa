import { type FormEvent, useCallback, useEffect, useId, useState } from "react";
import { useData } from "../app/data.tsx";
import { CalendarFeedCard } from "../components/CalendarFeedCard.tsx";
import { Page } from "../components/Page.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { type AlertSettings, alertLevelWords, alertRuleLabels, hourLabel, type InboxAlert } from "../lib/alerts.ts";
import { api } from "../lib/api.ts";
import { coachingProblem, formatInstant } from "../lib/coaching.ts";
import { hrefFor } from "../lib/route.ts";
import "../components/alerts.css";

const refreshSeconds = 60;

/** Tells the bell to count again. */
function announceRead(): void {
  window.dispatchEvent(new Event("backstride:alerts-read"));
}

function AlertList({ alerts, onOpen }: { alerts: readonly InboxAlert[]; onOpen: (alert: InboxAlert) => void }) {
  const { profile } = useData();
  if (alerts.length === 0) return <p className="muted">No alerts. When something needs you, it shows here.</p>;
  return (
    <ul className="plain-list">
      {alerts.map((alert) => (
        <li key={alert.id} className={alert.readAt ? "alert-item" : "alert-item unread"}>
          <p>
            <span className={`alert-level ${alert.level}`}>{alertLevelWords(alert.level)}</span>{" "}
            {alert.readAt ? null : <span className="muted small">New · </span>}
            <span className="muted small">{formatInstant(alert.createdAt, profile.timeZone)}</span>
          </p>
          <p>
            <strong>{alert.runnerName}</strong>: {alert.title}
          </p>
          {alert.detail ? <p className="muted small">{alert.detail}</p> : null}
          <a href={hrefFor({ name: "coach-runner", runnerId: alert.runnerId })} onClick={() => onOpen(alert)}>
            Open {alert.runnerName}
          </a>
        </li>
      ))}
    </ul>
  );
}

function AlertSettingsForm() {
  const [settings, setSettings] = useState<AlertSettings | null>(null);
  const [saved, setSaved] = useState("");
  const [problem, setProblem] = useState("");
  const id = useId();
  useEffect(() => {
    api
      .get<AlertSettings>("/api/alert-settings")
      .then(setSettings)
      .catch((error: unknown) => setProblem(coachingProblem(error)));
  }, []);
  if (!settings) return <p className="muted">{problem || "Loading…"}</p>;
  const set = (next: AlertSettings) => {
    setSaved("");
    setSettings(next);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setSettings(await api.put<AlertSettings>("/api/alert-settings", settings));
      setProblem("");
      setSaved("Alert settings saved.");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="field alert-rules">
        <legend>Tell me when</legend>
        {alertRuleLabels.map(({ rule, label }) => (
          <div className="check" key={rule}>
            <input
              id={`${id}-${rule}`}
              type="checkbox"
              checked={settings.rules[rule]}
              onChange={(event) => set({ ...settings, rules: { ...settings.rules, [rule]: event.target.checked } })}
            />
            <label htmlFor={`${id}-${rule}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <div className="check">
        <input
          id={`${id}-digest`}
          type="checkbox"
          checked={settings.digestEnabled}
          onChange={(event) => set({ ...settings, digestEnabled: event.target.checked })}
        />
        <label htmlFor={`${id}-digest`}>Email me a daily digest of unread alerts</label>
      </div>
      {settings.digestEnabled ? (
        <SelectField
          label="Digest time (your time zone)"
          value={String(settings.digestHour)}
          options={Array.from({ length: 24 }, (_unused, hour) => ({ value: String(hour), label: hourLabel(hour) }))}
          onValue={(hour) => set({ ...settings, digestHour: Number(hour) })}
        />
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <p role="status" className="muted small">
        {saved}
      </p>
      <button type="submit" className="button primary">
        Save alert settings
      </button>
    </form>
  );
}

/** The coach's alerts inbox: what happened to which runner, each linking to that runner; settings beside. */
export default function AlertsScreen() {
  const [inbox, setInbox] = useState<{ alerts: InboxAlert[]; unread: number } | null>(null);
  const [problem, setProblem] = useState("");
  const load = useCallback(async () => {
    try {
      setInbox(await api.get<{ alerts: InboxAlert[]; unread: number }>("/api/alerts"));
      setProblem("");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  }, []);
  useEffect(() => {
    void load();
    // A coach may keep the inbox open all morning: new alerts come in without a reload.
    const timer = setInterval(() => void load(), refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [load]);

  const markRead = async (body: { ids: string[] } | { all: true }) => {
    try {
      await api.post("/api/alerts/read", body);
      announceRead();
      await load();
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  };

  return (
    <Page title="Alerts" lead="What happened to your runners, newest first. Each alert opens that runner.">
      {problem ? <RetryAlert message={problem} onRetry={() => void load()} /> : null}
      <div className="alerts-layout">
        <section className="card" aria-labelledby="inbox-heading">
          <h2 id="inbox-heading">Inbox{inbox && inbox.unread > 0 ? ` (${inbox.unread} unread)` : ""}</h2>
          {inbox ? (
            <>
              {inbox.unread > 0 ? (
                <div className="button-row">
                  <button type="button" className="button" onClick={() => void markRead({ all: true })}>
                    Mark all as read
                  </button>
                </div>
              ) : null}
              <AlertList
                alerts={inbox.alerts}
                onOpen={(alert) => {
                  if (!alert.readAt) void markRead({ ids: [alert.id] });
                }}
              />
            </>
          ) : problem ? null : (
            <Loading />
          )}
        </section>
        <div>
          <section className="card" aria-labelledby="alert-settings-heading">
            <h2 id="alert-settings-heading">Alert settings</h2>
            <AlertSettingsForm />
          </section>
          <CalendarFeedCard lead="Your runners' walk/runs this week and their alerts, in your own calendar app." />
        </div>
      </div>
    </Page>
  );
}

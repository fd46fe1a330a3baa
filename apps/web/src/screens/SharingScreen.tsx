import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { useData } from "../app/data.tsx";
import { MessageThread, type ThreadMessage } from "../components/MessageThread.tsx";
import { Page } from "../components/Page.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { TextField } from "../components/TextField.tsx";
import { api } from "../lib/api.ts";
import { type Carer, type CarerRole, carerRoleOptions, carerRoleWords, rolesByCarer } from "../lib/carers.ts";
import {
  auditActionWords,
  coachingProblem,
  formatInstant,
  formatInstantDay,
  normalizeInviteCode,
  withAuditKeys,
} from "../lib/coaching.ts";
import { uuidv7 } from "../lib/uuidv7.ts";

interface CoachAccess {
  coachId: string;
  name: string;
  email: string;
  since: string;
}
interface AuditEntry {
  coachId: string;
  coachName: string;
  action: string;
  at: string;
}
interface InvitePreview {
  coach: { id: string; name: string };
  expiresAt: string;
}

/** What a coach can do once given access, said before the runner agrees. Mirrors the server's consent checks. */
const grantedItems = [
  "See your plan, your log and your pain scores.",
  "Message you, and adjust your plan (never past a red flag or a rest day). You can limit this to viewing below.",
  "Every time they look, it is recorded below under Who looked at your data.",
];

/** `onAccepted` gets the confirmation, shown in the page's one status line with the other changes. */
function InviteForm({ onAccepted }: { onAccepted: (message: string) => void }) {
  const { profile } = useData();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<{ code: string; invite: InvitePreview } | null>(null);
  const [acceptProblem, setAcceptProblem] = useState("");
  const [busy, setBusy] = useState(false);

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setAcceptProblem("");
    const code = normalizeInviteCode(text);
    if (!code) {
      setError("Enter the code your coach gave you: 10 letters and numbers, like 7KQ2M-XW9RD.");
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const invite = await api.get<InvitePreview>(`/api/invites/${encodeURIComponent(code)}`);
      setPreview({ code, invite });
    } catch (problem) {
      setError(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const answer = await api.post<{ coach: { name: string } }>(
        `/api/invites/${encodeURIComponent(preview.code)}/accept`,
      );
      setPreview(null);
      setText("");
      onAccepted(`${answer.coach.name} now has access. You can remove it at any time below.`);
    } catch (problem) {
      setAcceptProblem(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Add a coach or physical therapist</h2>
      {preview ? (
        <div>
          <p>
            <strong>{preview.invite.coach.name}</strong> asks to follow your recovery. If you give access, they can:
          </p>
          <ul>
            {grantedItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="muted small">
            You can remove access here at any time; it ends at once. This invite is valid until{" "}
            {formatInstant(preview.invite.expiresAt, profile.timeZone)}.
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={accept} disabled={busy}>
              Give access
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)} disabled={busy}>
              Not now
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={check} noValidate>
          <TextField
            label="Invite code"
            hint="Your coach or physical therapist gives you this code."
            value={text}
            onValue={setText}
            error={error}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
          <button type="submit" className="button primary" disabled={busy}>
            Check code
          </button>
        </form>
      )}
      <p aria-live="polite" role="status">
        {acceptProblem}
      </p>
    </section>
  );
}

/** One carer's role: what they may do, changed on its own (the change is in the audit list). */
function RoleField({
  coach,
  role,
  onChanged,
}: {
  coach: CoachAccess;
  role: CarerRole;
  onChanged: (message: string) => void;
}) {
  const [problem, setProblem] = useState("");
  // Shown at once; put back if the server refuses.
  const [current, setCurrent] = useState(role);
  const change = async (next: CarerRole) => {
    setCurrent(next);
    try {
      await api.put<Carer>(`/api/carers/${encodeURIComponent(coach.coachId)}`, { role: next });
      setProblem("");
      onChanged(`${coach.name} now ${carerRoleWords(next)}.`);
    } catch (error) {
      setCurrent(role);
      setProblem(coachingProblem(error));
    }
  };
  return (
    <>
      <SelectField
        label={`What ${coach.name} may do`}
        value={current}
        options={carerRoleOptions}
        onValue={(next) => void change(next)}
      />
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

function AccessList({
  coaches,
  roles,
  onRemoved,
  onRoleChanged,
}: {
  coaches: readonly CoachAccess[];
  roles: ReadonlyMap<string, CarerRole>;
  onRemoved: (name: string) => void;
  onRoleChanged: (message: string) => void;
}) {
  const { profile } = useData();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState("");
  const [busy, setBusy] = useState(false);

  const remove = async (coach: CoachAccess) => {
    setBusy(true);
    setProblem("");
    try {
      await api.delete(`/api/access/${encodeURIComponent(coach.coachId)}`);
      setConfirming(null);
      onRemoved(coach.name);
    } catch (error) {
      setProblem(coachingProblem(error));
    } finally {
      setBusy(false);
    }
  };

  if (coaches.length === 0) return <p className="muted">Nobody has access to your data.</p>;
  return (
    <>
      <ul className="plain-list">
        {coaches.map((coach) => (
          <li key={coach.coachId} className="access-item">
            <p>
              <strong>{coach.name}</strong>
              <br />
              <span className="muted small">
                {coach.email} · since {formatInstantDay(coach.since, profile.timeZone)}
              </span>
            </p>
            <RoleField coach={coach} role={roles.get(coach.coachId) ?? "adjust"} onChanged={onRoleChanged} />
            {confirming === coach.coachId ? (
              <div className="button-row">
                <p>Remove {coach.name}'s access now? It ends at once.</p>
                <button
                  type="button"
                  className="button danger solid"
                  onClick={() => void remove(coach)}
                  disabled={busy}
                >
                  Yes, remove access
                </button>
                <button type="button" className="button" onClick={() => setConfirming(null)} disabled={busy}>
                  Keep access
                </button>
              </div>
            ) : (
              <button type="button" className="button danger" onClick={() => setConfirming(coach.coachId)}>
                Remove access: {coach.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

/** Newest first; the latest ones are enough to read on a phone, the count says how many there are. */
const auditShown = 50;

function AuditList({ entries }: { entries: readonly AuditEntry[] }) {
  const { profile } = useData();
  if (entries.length === 0) return <p className="muted">No coach has looked at your data.</p>;
  return (
    <>
      {entries.length > auditShown ? (
        <p className="muted small">
          The latest {auditShown} of {entries.length} looks, newest first.
        </p>
      ) : null}
      <ul className="plain-list">
        {withAuditKeys(entries.slice(0, auditShown)).map((entry) => (
          <li key={entry.key} className="access-item">
            <p>
              <strong>{entry.coachName}</strong> · {auditActionWords(entry.action)}
              <br />
              <span className="muted small">{formatInstant(entry.at, profile.timeZone)}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Messages({
  coaches,
  messages,
  onSent,
}: {
  coaches: readonly CoachAccess[];
  messages: ThreadMessage[];
  onSent: (message: ThreadMessage) => void;
}) {
  const { user } = useAuth();
  const { profile } = useData();
  const [coachId, setCoachId] = useState(coaches[0]?.coachId ?? "");
  const current = coaches.some((coach) => coach.coachId === coachId) ? coachId : (coaches[0]?.coachId ?? "");
  if (coaches.length === 0 && messages.length === 0) {
    return <p className="muted">Once a coach has access, you can write to each other here.</p>;
  }
  const send = async (body: string) => {
    let sent: ThreadMessage;
    try {
      sent = await api.post<ThreadMessage>("/api/messages", { id: uuidv7(), coachId: current, body });
    } catch (error) {
      throw new Error(coachingProblem(error));
    }
    onSent(sent);
  };
  return (
    <MessageThread
      messages={messages}
      selfId={user?.id ?? ""}
      timeZone={profile.timeZone}
      label="Your message"
      send={send}
      before={
        coaches.length > 1 ? (
          <SelectField
            label="To"
            value={current}
            options={coaches.map((coach) => ({ value: coach.coachId, label: coach.name }))}
            onValue={setCoachId}
          />
        ) : coaches.length === 1 ? (
          <p className="muted small">To {coaches[0]?.name}</p>
        ) : (
          <p className="muted small">Nobody has access now, so new messages cannot be sent.</p>
        )
      }
    />
  );
}

interface SharingData {
  coaches: CoachAccess[];
  roles: Map<string, CarerRole>;
  entries: AuditEntry[];
  messages: ThreadMessage[];
}

/** The runner's consent screen: who may see their data, who looked, and messages with them. Online only. */
export default function SharingScreen() {
  const [data, setData] = useState<SharingData | null>(null);
  const [problem, setProblem] = useState("");
  const [notice, setNotice] = useState("");

  const load = useCallback(async () => {
    try {
      const [access, carers, audit, thread] = await Promise.all([
        api.get<{ coaches: CoachAccess[] }>("/api/access"),
        api.get<{ carers: Carer[] }>("/api/carers"),
        api.get<{ entries: AuditEntry[] }>("/api/audit"),
        api.get<{ messages: ThreadMessage[] }>("/api/messages"),
      ]);
      setData({
        coaches: access.coaches,
        roles: rolesByCarer(carers.carers),
        entries: audit.entries,
        messages: thread.messages,
      });
      setProblem("");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Page
      title="Coaches and sharing"
      lead="Share your plan with a coach or physical therapist, see who looked, and take access back at any time."
    >
      {problem ? <RetryAlert message={problem} onRetry={() => void load()} /> : null}
      <InviteForm
        onAccepted={(message) => {
          setNotice(message);
          void load();
        }}
      />
      <p aria-live="polite" role="status">
        {notice}
      </p>
      {data ? (
        <>
          <section className="card" aria-labelledby="access-heading">
            <h2 id="access-heading">Who has access</h2>
            <AccessList
              coaches={data.coaches}
              roles={data.roles}
              onRoleChanged={(message) => {
                setNotice(message);
                void load();
              }}
              onRemoved={(name) => {
                setNotice(`${name} no longer has access. It ended now.`);
                void load();
              }}
            />
          </section>
          <section className="card" aria-labelledby="audit-heading">
            <h2 id="audit-heading">Who looked at your data</h2>
            <AuditList entries={data.entries} />
          </section>
          <section className="card" aria-labelledby="messages-heading">
            <h2 id="messages-heading">Messages</h2>
            <Messages
              coaches={data.coaches}
              messages={data.messages}
              onSent={(message) =>
                setData((current) => (current ? { ...current, messages: [...current.messages, message] } : current))
              }
            />
          </section>
        </>
      ) : problem ? null : (
        <Loading />
      )}
    </Page>
  );
}

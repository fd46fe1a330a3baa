import { type FormEvent, type ReactNode, useId, useState } from "react";
import { formatInstant } from "../lib/coaching.ts";

export interface ThreadMessage {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  sentAt: string;
}

/**
 * A conversation between a runner and a coach, oldest first, with a labelled box to write the next one.
 * `send` rejects with a plain-words message the thread shows; the draft is kept so nothing typed is lost.
 */
export function MessageThread({
  messages,
  selfId,
  timeZone,
  label,
  send,
  before,
}: {
  messages: readonly ThreadMessage[];
  selfId: string;
  timeZone: string;
  label: string;
  send: (body: string) => Promise<void>;
  /** Controls above the text box (who to write to, when a runner has several coaches). */
  before?: ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const [status, setStatus] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = draft.trim();
    if (body === "") {
      setStatus({ kind: "error", text: "Write a message first." });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      await send(body);
      setDraft("");
      setStatus({ kind: "ok", text: "Sent." });
    } catch (error) {
      setStatus({ kind: "error", text: error instanceof Error ? error.message : "Not sent. Try again." });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="thread">
      {messages.length === 0 ? (
        <p className="muted">No messages yet.</p>
      ) : (
        <ol className="thread-list">
          {messages.map((message) => (
            <li key={message.id} className={message.authorId === selfId ? "message message-self" : "message"}>
              <p className="message-meta">
                <strong>{message.authorId === selfId ? "You" : message.authorName}</strong>
                <span className="muted"> · {formatInstant(message.sentAt, timeZone)}</span>
              </p>
              <p className="message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate>
        {before}
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <textarea id={id} value={draft} onChange={(event) => setDraft(event.target.value)} maxLength={4000} />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          Send
        </button>
        <p aria-live="polite" className={status?.kind === "error" ? "field-error" : "muted"}>
          {status?.text ?? ""}
        </p>
      </form>
    </div>
  );
}

import { useCallback, useEffect, useId, useState } from "react";
import { api } from "../lib/api.ts";
import { coachingProblem } from "../lib/coaching.ts";
import "./alerts.css";

interface FeedStatus {
  url: string | null;
  active: boolean;
  createdAt: string | null;
}

/**
 * The secret calendar address (iCalendar): made, copied into a calendar app, remade or turned off.
 * The address is shown once, right after it is made; the server keeps only a fingerprint of it.
 */
export function CalendarFeedCard({ lead }: { lead: string }) {
  const [status, setStatus] = useState<FeedStatus | null>(null);
  const [problem, setProblem] = useState("");
  const [notice, setNotice] = useState("");
  const [busy, setBusy] = useState(false);
  const urlId = useId();

  const load = useCallback(async () => {
    try {
      setStatus(await api.get<FeedStatus>("/api/calendar-feed"));
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (method: "post" | "delete", done: string) => {
    setBusy(true);
    setProblem("");
    try {
      const next =
        method === "post"
          ? await api.post<FeedStatus>("/api/calendar-feed")
          : await api.delete<FeedStatus>("/api/calendar-feed");
      setStatus(next);
      setNotice(done);
    } catch (error) {
      setProblem(coachingProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${urlId}-heading`}>
      <h2 id={`${urlId}-heading`}>Calendar feed</h2>
      <p>{lead}</p>
      {status?.url ? (
        <div className="field">
          <label htmlFor={urlId}>Your calendar address (keep it private)</label>
          <input
            id={urlId}
            className="feed-url"
            readOnly
            value={status.url}
            onFocus={(event) => event.target.select()}
          />
          <p className="muted small">
            Add it to your calendar app as a subscription ("From URL"). It is shown only now; anyone with it can read
            the calendar, so make a new one if it leaks.
          </p>
        </div>
      ) : status?.active ? (
        <p className="muted small">
          Your calendar address is on. Make a new one to see it again; the old one then stops.
        </p>
      ) : null}
      <div className="button-row">
        {status?.active ? (
          <>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void act("post", "New address made. The old one no longer works.")}
            >
              Make a new address
            </button>
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => void act("delete", "Calendar feed turned off. The address no longer works.")}
            >
              Turn off the feed
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button primary"
            disabled={busy || !status}
            onClick={() => void act("post", "Calendar address made.")}
          >
            Make my calendar address
          </button>
        )}
      </div>
      <p role="status" className="muted small">
        {notice}
      </p>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

import { formatDay } from "@backstride/domain";
import { useCallback, useEffect, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { api } from "../lib/api.ts";
import type { Athlete } from "../lib/api-types.ts";
import { attentionTags, coachingProblem, formatInstant, phaseWord } from "../lib/coaching.ts";
import { rememberRunnerNames } from "../lib/runner-names.ts";

function InviteCard() {
  const { profile } = useData();
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setStatus("");
    try {
      setInvite(await api.post<{ code: string; expiresAt: string }>("/api/invites"));
      setStatus("New invite code ready.");
    } catch (error) {
      setStatus(coachingProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!invite) return;
    try {
      await navigator.clipboard.writeText(invite.code);
      setStatus("Code copied.");
    } catch {
      setStatus("Could not copy here. Select the code and copy it by hand.");
    }
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a runner</h2>
      <p>
        Give the runner a code. They enter it under More, Coaches and sharing, see what you will be able to see, and
        choose to give access. They can take it back at any time.
      </p>
      {invite ? (
        <>
          <p className="muted small">
            Invite code, valid until {formatInstant(invite.expiresAt, profile.timeZone)}, for one runner:
          </p>
          <p className="invite-code" data-testid="invite-code">
            {invite.code}
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void copy()}>
              Copy code
            </button>
            <button type="button" className="button" onClick={() => void create()} disabled={busy}>
              New code
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button primary" onClick={() => void create()} disabled={busy}>
          Create an invite code
        </button>
      )}
      <p aria-live="polite" role="status">
        {status}
      </p>
    </section>
  );
}

function RosterItem({ athlete }: { athlete: Athlete }) {
  const tags = attentionTags(athlete.attention);
  const pain = athlete.attention.lastPain0to10;
  return (
    <li>
      <a className="row-link" href={`#/coach/${encodeURIComponent(athlete.runnerId)}`}>
        <span>
          <strong>{athlete.name}</strong>
          {tags.length > 0 ? (
            <span className="tags">
              {tags.map((tag) => (
                <span key={tag} className={tag === "Red flag" ? "tag tag-danger" : "tag"}>
                  {tag}
                </span>
              ))}
            </span>
          ) : null}
          <span className="muted">
            {pain === null
              ? "No pain score yet"
              : `Last pain ${pain}/10${athlete.attention.lastPainDate ? ` on ${formatDay(athlete.attention.lastPainDate)}` : ""}`}
            {` · ${phaseWord(athlete.phase)}${athlete.week !== null ? `, week ${athlete.week}` : ""}`}
          </span>
          {athlete.attention.reasons.length > 0 ? (
            <span className="muted small">{athlete.attention.reasons.join(". ")}.</span>
          ) : null}
        </span>
        <span aria-hidden="true">›</span>
      </a>
    </li>
  );
}

/** The coach's home: invite a runner, and the runners who gave access, the ones needing attention first. */
export default function CoachScreen() {
  const [athletes, setAthletes] = useState<Athlete[] | null>(null);
  const [problem, setProblem] = useState("");

  const load = useCallback(async () => {
    try {
      const roster = await api.get<{ athletes: Athlete[] }>("/api/athletes");
      rememberRunnerNames(roster.athletes);
      setAthletes(roster.athletes);
      setProblem("");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Page title="My runners" lead="Runners who gave you access, the ones who need a look first.">
      <InviteCard />
      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">Runners</h2>
        {problem ? (
          <RetryAlert message={problem} onRetry={() => void load()} />
        ) : athletes === null ? (
          <Loading />
        ) : athletes.length === 0 ? (
          <p className="muted">No runner has given you access yet. Create an invite code above.</p>
        ) : (
          <ul className="plain-list" aria-label="Runners, who needs attention first">
            {athletes.map((athlete) => (
              <RosterItem key={athlete.runnerId} athlete={athlete} />
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

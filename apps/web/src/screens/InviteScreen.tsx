import { useCallback, useEffect, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { api } from "../lib/api.ts";
import {
  coachingProblem,
  formatInstant,
  groupedInviteCode,
  inviteGrantedItems,
  normalizeInviteCode,
} from "../lib/coaching.ts";

interface InvitePreview {
  coach: { id: string; name: string };
  expiresAt: string;
}

type Stage =
  | { name: "loading" }
  | { name: "problem"; message: string }
  | { name: "preview"; invite: InvitePreview }
  | { name: "accepted"; coachName: string };

/** An invite opened from its link (#/invite/<code>): who invites, what they will see, and the choice. */
export default function InviteScreen({ code: raw }: { code: string }) {
  const { profile } = useData();
  const code = normalizeInviteCode(raw);
  const [stage, setStage] = useState<Stage>({ name: "loading" });
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (!code) return;
    setStage({ name: "loading" });
    try {
      setStage({ name: "preview", invite: await api.get<InvitePreview>(`/api/invites/${encodeURIComponent(code)}`) });
    } catch (problem) {
      setStage({ name: "problem", message: coachingProblem(problem) });
    }
  }, [code]);

  useEffect(() => {
    void load();
  }, [load]);

  const accept = async () => {
    if (!code) return;
    setBusy(true);
    setStatus("");
    try {
      const answer = await api.post<{ coach: { name: string } }>(`/api/invites/${encodeURIComponent(code)}/accept`);
      setStage({ name: "accepted", coachName: answer.coach.name });
    } catch (problem) {
      setStatus(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  if (!code) {
    return (
      <Page title="Invite">
        <p>
          This link does not hold an invite code. Ask your coach for a new one, or type the code under{" "}
          <a href="#/sharing">Coaches and sharing</a>.
        </p>
      </Page>
    );
  }

  return (
    <Page title="Invite" lead={`Invite code ${groupedInviteCode(code)}`}>
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Add a coach or physical therapist</h2>
        {stage.name === "loading" ? <Loading /> : null}
        {stage.name === "problem" ? <RetryAlert message={stage.message} onRetry={() => void load()} /> : null}
        {stage.name === "preview" ? (
          <div>
            <p>
              <strong>{stage.invite.coach.name}</strong> asks to follow your recovery. If you give access, they can:
            </p>
            <ul>
              {inviteGrantedItems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="muted small">
              You can remove access under Coaches and sharing at any time; it ends at once. This invite is valid until{" "}
              {formatInstant(stage.invite.expiresAt, profile.timeZone)}.
            </p>
            <div className="button-row">
              <button type="button" className="button primary" onClick={() => void accept()} disabled={busy}>
                Give access
              </button>
              <a className="button" href="#/sharing">
                Not now
              </a>
            </div>
          </div>
        ) : null}
        {stage.name === "accepted" ? (
          <p>
            {stage.coachName} now has access. You can see who looked and remove access under{" "}
            <a href="#/sharing">Coaches and sharing</a>.
          </p>
        ) : null}
        <p aria-live="polite" role="status">
          {stage.name === "accepted" ? `${stage.coachName} now has access.` : status}
        </p>
      </section>
    </Page>
  );
}

import { type FormEvent, useId, useState } from "react";
import { api } from "../lib/api.ts";
import { coachingProblem } from "../lib/coaching.ts";
import { type GroupDraft, groupDraftProblem, groupSentWords, toggleMember } from "../lib/roster-view.ts";
import { uuidv7 } from "../lib/uuidv7.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { TextField } from "./TextField.tsx";

export interface AthleteGroup {
  id: string;
  name: string;
  createdAt: string;
  runnerIds: string[];
}

interface RunnerName {
  runnerId: string;
  name: string;
}

/** Every runner on the roster by name, page by page (the group editor ticks from all of them). */
async function allRunnerNames(): Promise<RunnerName[]> {
  const names: RunnerName[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api.get<{ athletes: RunnerName[]; matching: number }>(
      `/api/athletes?sort=name&limit=200&offset=${offset}`,
    );
    names.push(...page.athletes.map(({ runnerId, name }) => ({ runnerId, name })));
    if (page.athletes.length === 0 || names.length >= page.matching) return names;
  }
}

function GroupEditor({
  draft: initial,
  isNew,
  runners,
  onSaved,
  onCancel,
}: {
  draft: GroupDraft;
  isNew: boolean;
  runners: readonly RunnerName[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problem = groupDraftProblem(draft);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    try {
      await api.put(`/api/athlete-groups/${encodeURIComponent(draft.id)}`, {
        name: draft.name.trim(),
        runnerIds: draft.runnerIds,
      });
      onSaved(draft.name.trim());
    } catch (problem) {
      setError(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="group-editor" onSubmit={save} noValidate aria-label={isNew ? "New group" : `Edit ${initial.name}`}>
      <TextField label="Group name" value={draft.name} onValue={(name) => setDraft({ ...draft, name })} error={error} />
      <fieldset className="group-members">
        <legend className="field-label" id={listId}>
          Runners in the group ({draft.runnerIds.length})
        </legend>
        {runners.map((runner) => (
          <div key={runner.runnerId} className="check">
            <input
              type="checkbox"
              id={`${listId}-${runner.runnerId}`}
              checked={draft.runnerIds.includes(runner.runnerId)}
              onChange={() => setDraft(toggleMember(draft, runner.runnerId))}
            />
            <label htmlFor={`${listId}-${runner.runnerId}`}>{runner.name}</label>
          </div>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          Save group
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function GroupMessage({ group }: { group: AthleteGroup }) {
  const [body, setBody] = useState("");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") {
      setError("Write the message first.");
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const answer = await api.post<{ sentTo: string[] }>(
        `/api/athlete-groups/${encodeURIComponent(group.id)}/messages`,
        { id: uuidv7(), body: body.trim() },
      );
      setBody("");
      setStatus(groupSentWords(answer.sentTo.length));
    } catch (problem) {
      setStatus(coachingProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={send} noValidate className="group-message">
      <div className="field">
        <label htmlFor={id}>Message to {group.name}</label>
        <textarea
          id={id}
          rows={2}
          value={body}
          maxLength={4000}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        Send to the group
      </button>
      <p role="status" aria-live="polite" className="small">
        {status}
      </p>
    </form>
  );
}

/** Groups of runners: make, rename, tag runners, delete, and send one message to everyone in one. */
export function RosterGroups({ groups, onChanged }: { groups: readonly AthleteGroup[]; onChanged: () => void }) {
  const [editing, setEditing] = useState<{ draft: GroupDraft; isNew: boolean } | null>(null);
  const [runners, setRunners] = useState<RunnerName[] | null>(null);
  const [deleting, setDeleting] = useState<AthleteGroup | null>(null);
  const [status, setStatus] = useState("");

  const edit = async (draft: GroupDraft, isNew: boolean) => {
    setStatus("");
    try {
      setRunners(runners ?? (await allRunnerNames()));
      setEditing({ draft, isNew });
    } catch (problem) {
      setStatus(coachingProblem(problem));
    }
  };

  const remove = async () => {
    if (!deleting) return;
    const group = deleting;
    setDeleting(null);
    try {
      await api.delete(`/api/athlete-groups/${encodeURIComponent(group.id)}`);
      setStatus(`${group.name} deleted. Its runners still have their plans and messages.`);
      onChanged();
    } catch (problem) {
      setStatus(coachingProblem(problem));
    }
  };

  return (
    <section className="card roster-groups" aria-labelledby="groups-heading">
      <h2 id="groups-heading">Groups</h2>
      {groups.length === 0 ? (
        <p className="muted">No groups yet. A group lets you filter the list and message several runners at once.</p>
      ) : (
        <ul className="plain-list">
          {groups.map((group) => (
            <li key={group.id} className="access-item">
              <p>
                <strong>{group.name}</strong>{" "}
                <span className="muted small">
                  {group.runnerIds.length === 1 ? "1 runner" : `${group.runnerIds.length} runners`}
                </span>
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={`Edit ${group.name}`}
                  onClick={() => void edit({ id: group.id, name: group.name, runnerIds: group.runnerIds }, false)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button danger"
                  aria-label={`Delete ${group.name}`}
                  onClick={() => setDeleting(group)}
                >
                  Delete
                </button>
              </div>
              <GroupMessage group={group} />
            </li>
          ))}
        </ul>
      )}
      {editing && runners ? (
        <GroupEditor
          key={editing.draft.id}
          draft={editing.draft}
          isNew={editing.isNew}
          runners={runners}
          onCancel={() => setEditing(null)}
          onSaved={(name) => {
            setStatus(`${name} saved.`);
            setEditing(null);
            onChanged();
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => void edit({ id: uuidv7(), name: "", runnerIds: [] }, true)}
        >
          New group
        </button>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? "the group"}?`}
        confirmLabel="Delete group"
        cancelLabel="Keep it"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDeleting(null)}
      >
        <p>The runners stay on your list with their plans and messages; only the group goes.</p>
      </ConfirmDialog>
    </section>
  );
}

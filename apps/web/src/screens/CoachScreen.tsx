import { useCallback, useEffect, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { type AthleteGroup, RosterGroups } from "../components/RosterGroups.tsx";
import { RosterList, RosterTable } from "../components/RosterTable.tsx";
import { SelectField } from "../components/SelectField.tsx";
import { Loading, RetryAlert } from "../components/Status.tsx";
import { api } from "../lib/api.ts";
import type { Athlete } from "../lib/api-types.ts";
import { coachingProblem, formatInstant } from "../lib/coaching.ts";
import {
  initialRosterQuery,
  pageWords,
  type RosterFilter,
  type RosterQuery,
  type RosterSort,
  rosterFilterOptions,
  rosterPageSize,
  rosterQueryString,
  rosterSortOptions,
} from "../lib/roster-view.ts";
import { rememberRunnerNames } from "../lib/runner-names.ts";

interface Roster {
  athletes: Athlete[];
  total: number;
  matching: number;
  offset: number;
  updating: number;
}

function InviteCard() {
  const { profile } = useData();
  const [invite, setInvite] = useState<{ code: string; link: string; expiresAt: string } | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setStatus("");
    try {
      setInvite(await api.post<{ code: string; link: string; expiresAt: string }>("/api/invites"));
      setStatus("New invite code ready.");
    } catch (error) {
      setStatus(coachingProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Could not copy here. Select the ${what.toLowerCase()} and copy it by hand.`);
    }
  };

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a runner</h2>
      <p>
        Give the runner a code or its link. They see what you will be able to see and choose to give access; they can
        take it back at any time.
      </p>
      {invite ? (
        <>
          <p className="muted small">
            Invite code, valid until {formatInstant(invite.expiresAt, profile.timeZone)}, for one runner. Letters can be
            typed in any case:
          </p>
          <p className="invite-code" data-testid="invite-code">
            {invite.code}
          </p>
          <p className="small invite-link">
            Link: <span data-testid="invite-link">{invite.link}</span>
          </p>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void copy(invite.code, "Code")}>
              Copy code
            </button>
            <button type="button" className="button" onClick={() => void copy(invite.link, "Link")}>
              Copy link
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

function FilterButtons({
  value,
  onValue,
}: {
  value: RosterFilter | null;
  onValue: (value: RosterFilter | null) => void;
}) {
  return (
    <fieldset className="roster-filters">
      <legend className="visually-hidden">Show</legend>
      <button type="button" className="button chip" aria-pressed={value === null} onClick={() => onValue(null)}>
        Everyone
      </button>
      {rosterFilterOptions.map((option) => (
        <button
          key={option.value}
          type="button"
          className="button chip"
          aria-pressed={value === option.value}
          onClick={() => onValue(value === option.value ? null : option.value)}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}

/** The coach's home: the roster (ranked, filtered, searched, grouped, paged by the server), groups and invites. */
export default function CoachScreen() {
  const [query, setQuery] = useState<RosterQuery>(initialRosterQuery);
  const [search, setSearch] = useState("");
  const [roster, setRoster] = useState<Roster | null>(null);
  const [groups, setGroups] = useState<AthleteGroup[]>([]);
  const [problem, setProblem] = useState("");

  const load = useCallback(async () => {
    try {
      const [answer, groupList] = await Promise.all([
        api.get<Roster>(`/api/athletes${rosterQueryString(query)}`),
        api.get<{ groups: AthleteGroup[] }>("/api/athlete-groups"),
      ]);
      rememberRunnerNames(answer.athletes);
      setRoster(answer);
      setGroups(groupList.groups);
      setProblem("");
    } catch (error) {
      setProblem(coachingProblem(error));
    }
  }, [query]);

  useEffect(() => {
    void load();
  }, [load]);

  // Search as the coach types, once they pause, from the first page.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQuery((current) => (current.q === search ? current : { ...current, q: search, offset: 0 }));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [search]);

  const change = (next: Partial<RosterQuery>) => setQuery((current) => ({ ...current, offset: 0, ...next }));
  const groupNames = new Map(groups.map((group) => [group.id, group.name]));
  const groupOptions = [
    { value: "", label: "All groups" },
    ...groups.map((group) => ({ value: group.id, label: group.name })),
  ];
  const label = "Runners, who needs attention first";

  return (
    <Page wide title="My runners" lead="Runners who gave you access, the ones who need a look first.">
      <section aria-labelledby="roster-heading" className="roster">
        <h2 id="roster-heading">Runners</h2>
        {roster && roster.total > 0 ? (
          <div className="roster-controls">
            <div className="field roster-search">
              <label htmlFor="roster-search">Search by name</label>
              <input
                id="roster-search"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <SelectField<RosterSort>
              label="Sort by"
              value={query.sort}
              options={rosterSortOptions}
              onValue={(sort) => change({ sort })}
            />
            {groups.length > 0 ? (
              <SelectField
                label="Group"
                value={query.groupId ?? ""}
                options={groupOptions}
                onValue={(groupId) => change({ groupId: groupId === "" ? null : groupId })}
              />
            ) : null}
            <FilterButtons value={query.filter} onValue={(filter) => change({ filter })} />
          </div>
        ) : null}
        {problem ? (
          <RetryAlert message={problem} onRetry={() => void load()} />
        ) : roster === null ? (
          <Loading />
        ) : roster.total === 0 ? (
          <p className="muted">No runner has given you access yet. Create an invite code below.</p>
        ) : (
          <>
            <p className="muted small" role="status">
              {pageWords({ offset: roster.offset, shown: roster.athletes.length, matching: roster.matching })}
              {roster.updating > 0 ? ` · ${roster.updating} shown as of an earlier day while they update` : ""}
            </p>
            {roster.athletes.length > 0 ? (
              <>
                <RosterTable athletes={roster.athletes} groupNames={groupNames} caption={label} />
                <RosterList athletes={roster.athletes} groupNames={groupNames} label={label} />
              </>
            ) : null}
            {roster.matching > rosterPageSize ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={roster.offset === 0}
                  onClick={() => setQuery({ ...query, offset: Math.max(0, query.offset - rosterPageSize) })}
                >
                  Previous {rosterPageSize}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={roster.offset + roster.athletes.length >= roster.matching}
                  onClick={() => setQuery({ ...query, offset: query.offset + rosterPageSize })}
                >
                  Next {rosterPageSize}
                </button>
              </div>
            ) : null}
          </>
        )}
      </section>
      <div className="roster-side">
        {roster && roster.total > 0 ? <RosterGroups groups={groups} onChanged={() => void load()} /> : null}
        <InviteCard />
      </div>
    </Page>
  );
}

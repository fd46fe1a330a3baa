import type { BackstrideEvent, PlanState } from "@backstride/domain";
import { defaultProtocol, planFor, runnerToday } from "@backstride/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api, NetworkError } from "../lib/api.ts";
import type { Profile, Shoe, User } from "../lib/api-types.ts";
import { deviceTimeZone, localDateOf } from "../lib/local-date.ts";
import { LocalStore } from "../lib/local-store.ts";
import { SyncEngine } from "../lib/sync-engine.ts";
import { type HeldEvent, type SyncStatus, sortEvents } from "../lib/sync-merge.ts";
import { newAccountKey } from "./auth.tsx";
import { applyTheme } from "./theme.ts";

interface DataValue {
  store: LocalStore;
  events: BackstrideEvent[];
  profile: Profile;
  shoes: Shoe[];
  held: HeldEvent[];
  sync: SyncStatus;
  /** The runner's today, in their time zone, never before a day already in the log (see runnerToday). */
  today: string;
  plan: PlanState;
  /** Saves events on this phone first (so nothing is lost without signal), then syncs. */
  addEvents: (events: BackstrideEvent[]) => Promise<void>;
  saveProfile: (profile: Profile) => Promise<void>;
  /** Re-reads shoes from the server (after a change or an import), keeping the cached list offline. */
  reloadShoes: () => Promise<void>;
  syncNow: () => void;
}

const DataContext = createContext<DataValue | null>(null);

export function useData(): DataValue {
  const value = useContext(DataContext);
  if (!value) throw new Error("useData outside DataProvider");
  return value;
}

function defaultProfile(user: User): Profile {
  const timeZone = deviceTimeZone();
  // A US or UK phone most likely wants miles; everyone else kilometres. The runner can change it.
  const miles = /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage)|Europe\/London)/.test(timeZone);
  return {
    displayName: user.name,
    distanceUnit: miles ? "mi" : "km",
    weightUnit: miles ? "lb" : "kg",
    timeZone,
    goal: "",
    theme: "system",
    keepGpsTracks: false,
  };
}

interface Loaded {
  store: LocalStore;
  events: BackstrideEvent[];
  profile: Profile;
  shoes: Shoe[];
  held: HeldEvent[];
}

async function load(user: User): Promise<Loaded> {
  const store = await LocalStore.open(user.id);
  const [events, cachedProfile, shoes, held] = await Promise.all([
    store.events(),
    store.getMeta("profile"),
    store.shoes(),
    store.held(),
  ]);
  const profile = cachedProfile ?? defaultProfile(user);
  if (!cachedProfile && localStorage.getItem(newAccountKey) === user.id) {
    // A brand-new account: the phone's time zone and units go up to the server on the first sync.
    await store.setMeta("profile", profile);
    await store.setMeta("profileDirty", true);
    localStorage.removeItem(newAccountKey);
  }
  return { store, events: sortEvents(events), profile, shoes, held };
}

export function DataProvider({
  user,
  onSignedOut,
  children,
  fallback,
}: {
  user: User;
  onSignedOut: () => void;
  children: ReactNode;
  fallback: ReactNode;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    load(user).then(
      (value) => {
        if (cancelled) value.store.close();
        else setLoaded(value);
      },
      (reason: unknown) => setError(reason instanceof Error ? reason.message : "This browser cannot store data."),
    );
    return () => {
      cancelled = true;
    };
  }, [user]);

  if (error) {
    return (
      <main id="main" className="page">
        <h1>Backstride cannot start</h1>
        <p>This browser would not let Backstride keep your log on the device: {error}</p>
        <p>Private browsing modes often block this. Open Backstride in a normal window.</p>
      </main>
    );
  }
  if (!loaded) return fallback;
  return (
    <LoadedData loaded={loaded} onSignedOut={onSignedOut}>
      {children}
    </LoadedData>
  );
}

function useToday(timeZone: string): string {
  const [today, setToday] = useState(() => localDateOf(new Date(), timeZone));
  useEffect(() => {
    const tick = () => setToday(localDateOf(new Date(), timeZone));
    tick();
    // A phone left open overnight moves to the new day's plan within a minute of midnight.
    const timer = window.setInterval(tick, 60_000);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [timeZone]);
  return today;
}

function LoadedData({
  loaded,
  onSignedOut,
  children,
}: {
  loaded: Loaded;
  onSignedOut: () => void;
  children: ReactNode;
}) {
  const { store } = loaded;
  const [events, setEvents] = useState(loaded.events);
  const [profile, setProfile] = useState(loaded.profile);
  const [shoes, setShoes] = useState(loaded.shoes);
  const [held, setHeld] = useState(loaded.held);
  const [sync, setSync] = useState<SyncStatus>({ kind: "waiting", waiting: 0, held: loaded.held.length });
  const signedOut = useRef(onSignedOut);
  signedOut.current = onSignedOut;

  const engine = useMemo(
    () =>
      new SyncEngine(
        store,
        (fresh) => setEvents((current) => sortEvents([...current, ...fresh])),
        () => signedOut.current(),
      ),
    [store],
  );

  useEffect(() => {
    const unsubscribe = engine.subscribe((status) => {
      setSync(status);
      void store.held().then(setHeld);
    });
    const run = () => void engine.sync();
    const offline = () => void engine.refresh();
    run();
    // A slow retry covers a server that was down when the last write happened, and brings in a coach's changes.
    const retry = window.setInterval(run, 60_000);
    window.addEventListener("online", run);
    window.addEventListener("offline", offline);
    return () => {
      unsubscribe();
      window.clearInterval(retry);
      window.removeEventListener("online", run);
      window.removeEventListener("offline", offline);
    };
  }, [engine, store]);

  const reloadShoes = useCallback(async () => {
    try {
      const { shoes: list } = await api.get<{ shoes: Shoe[] }>("/api/shoes");
      await store.replaceShoes(list);
      setShoes(list);
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
    }
  }, [store]);

  // The server's profile wins on start unless this phone has an unsaved change.
  useEffect(() => {
    void (async () => {
      try {
        if (!(await store.getMeta("profileDirty"))) {
          const serverProfile = await api.get<Profile>("/api/profile");
          await store.setMeta("profile", serverProfile);
          setProfile(serverProfile);
        }
      } catch {
        // Offline or not set yet: keep the cached or default profile.
      }
      await reloadShoes().catch(() => undefined);
    })();
  }, [store, reloadShoes]);

  useEffect(() => applyTheme(profile.theme), [profile.theme]);

  const zoneToday = useToday(profile.timeZone);
  // After moving to a zone behind the old one, today never falls before a day already in the log, so a
  // triage answered "tomorrow" in the old zone still counts and the plan is not lost.
  const today = useMemo(() => runnerToday({ zoneToday, events }), [zoneToday, events]);
  const plan = useMemo(
    () => planFor(events, defaultProtocol, today, { distanceUnit: profile.distanceUnit }),
    [events, today, profile.distanceUnit],
  );

  const value = useMemo<DataValue>(
    () => ({
      store,
      events,
      profile,
      shoes,
      held,
      sync,
      today,
      plan,
      addEvents: async (fresh) => {
        await store.addEvents(fresh);
        setEvents((current) => sortEvents([...current, ...fresh]));
        void engine.sync();
      },
      saveProfile: async (next) => {
        await store.setMeta("profile", next);
        await store.setMeta("profileDirty", true);
        setProfile(next);
        void engine.sync();
      },
      reloadShoes,
      syncNow: () => void engine.sync(),
    }),
    [store, events, profile, shoes, held, sync, today, plan, engine, reloadShoes],
  );

  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

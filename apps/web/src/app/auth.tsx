import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, NetworkError, setCsrfToken } from "../lib/api.ts";
import type { SessionCheckResponse, SessionResponse, User } from "../lib/api-types.ts";
import { rolesFor } from "../lib/auth-form.ts";

/** The last signed-in user, so the app opens offline on a phone with no signal. No secrets in here. */
const lastUserKey = "backstride.lastUser";
/**
 * Set at sign-up: the server starts every profile in UTC and km, so the first start on this device
 * replaces that with the phone's own time zone and units. Sign-up answers without the account (it
 * answers the same for a taken email), so it holds `email:<address>` until the first sign-in turns it
 * into the user id.
 */
export const newAccountKey = "backstride.newAccount";

function readLastUser(): User | null {
  try {
    const raw = localStorage.getItem(lastUserKey);
    return raw ? (JSON.parse(raw) as User) : null;
  } catch {
    return null;
  }
}

interface AuthValue {
  /** undefined while the session is being checked. */
  user: User | null | undefined;
  /** True when the app opened from the cached user because the server could not be reached. */
  offline: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  /**
   * `coachesOthers`: the sign-up box "I coach runners or treat them" (adds the coach role). Signs no
   * one in: the server answers "check your inbox" whether or not the email already had an account.
   */
  signUp: (name: string, email: string, password: string, coachesOthers?: boolean) => Promise<void>;
  /** Reads the session again (after the email was confirmed in this browser). */
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** The server said 401: the session is gone (expired or signed out elsewhere). */
  sessionLost: () => void;
  /** Forget the user on this device (after deleting the account). */
  forget: () => void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [offline, setOffline] = useState(false);

  const accept = useCallback((session: SessionResponse) => {
    if (localStorage.getItem(newAccountKey) === `email:${session.user.email}`) {
      localStorage.setItem(newAccountKey, session.user.id);
    }
    setCsrfToken(session.csrfToken);
    localStorage.setItem(lastUserKey, JSON.stringify(session.user));
    setOffline(false);
    setUser(session.user);
  }, []);

  const check = useCallback(async () => {
    try {
      // Signed out is a 200 with no user, so the first screen logs no failed request.
      const session = await api.get<SessionCheckResponse>("/api/auth/session");
      if (session.user === null) setUser(null);
      else accept(session);
    } catch (error) {
      if (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)) {
        const last = readLastUser();
        setOffline(last !== null);
        setUser(last);
      } else {
        setUser(null);
      }
    }
  }, [accept]);

  useEffect(() => {
    void check();
  }, [check]);

  // Opened offline: once the signal is back, pick up the session (and its CSRF token) again.
  useEffect(() => {
    if (!offline) return;
    const onOnline = () => void check();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [offline, check]);

  const value = useMemo<AuthValue>(
    () => ({
      user,
      offline,
      signIn: async (email, password) =>
        accept(await api.post<SessionResponse>("/api/auth/sign-in", { email, password })),
      signUp: async (name, email, password, coachesOthers = false) => {
        await api.post("/api/auth/sign-up", { name, email, password, roles: rolesFor(coachesOthers) });
        // The server keeps emails in lower case; the first sign-in compares with what it answers.
        localStorage.setItem(newAccountKey, `email:${email.trim().toLowerCase()}`);
      },
      refresh: check,
      signOut: async () => {
        try {
          await api.post("/api/auth/sign-out");
        } finally {
          localStorage.removeItem(lastUserKey);
          setCsrfToken(null);
          setUser(null);
        }
      },
      sessionLost: () => {
        setCsrfToken(null);
        setUser(null);
      },
      forget: () => {
        localStorage.removeItem(lastUserKey);
        setCsrfToken(null);
        setUser(null);
      },
    }),
    [user, offline, accept, check],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

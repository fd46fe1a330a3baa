import { useCallback, useEffect, useState } from "react";
import { useRoute } from "../app/use-route.ts";
import { unreadBadge, unreadLabel } from "../lib/alerts.ts";
import { api } from "../lib/api.ts";
import "./alerts.css";

/** How often the bell asks for the unread count while the app is open. */
const pollSeconds = 60;

/** The coach's bell in the top bar: unread alerts, opening the inbox. Asks again on every screen change. */
export function AlertsBell() {
  const route = useRoute();
  const [unread, setUnread] = useState(0);
  const load = useCallback(() => {
    api
      .get<{ unread: number }>("/api/alerts/unread")
      .then((answer) => setUnread(answer.unread))
      .catch(() => {
        // Offline or signed out: the bell keeps the last count until the next try.
      });
  }, []);
  useEffect(() => {
    const timer = setInterval(load, pollSeconds * 1000);
    window.addEventListener("backstride:alerts-read", load);
    return () => {
      clearInterval(timer);
      window.removeEventListener("backstride:alerts-read", load);
    };
  }, [load]);
  const routeName = route.name;
  useEffect(() => {
    // Counted again on every screen change: the coach has just done something that may read alerts.
    if (routeName) load();
  }, [routeName, load]);
  const badge = unreadBadge(unread);
  return (
    <a
      className="bell"
      href="#/alerts"
      aria-label={unreadLabel(unread)}
      aria-current={route.name === "alerts" ? "page" : undefined}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M6 16V11a6 6 0 0112 0v5l2 2H4zM10 20a2 2 0 004 0" />
      </svg>
      {badge ? (
        <span className="bell-badge" aria-hidden="true">
          {badge}
        </span>
      ) : null}
    </a>
  );
}

import { useData } from "../app/data.tsx";
import { syncStatusText } from "../lib/sync-merge.ts";

/** The small sync status: offline / n waiting / synced, announced politely when it changes. */
export function SyncIndicator() {
  const { sync, syncNow } = useData();
  const text = syncStatusText(sync);
  return (
    <div className={`sync sync-${sync.kind}`}>
      <span role="status" aria-live="polite" className="sync-text">
        <span className="sync-dot" aria-hidden="true" />
        {text}
      </span>
      {sync.kind === "waiting" && sync.waiting > 0 ? (
        <button type="button" className="link-button" onClick={syncNow}>
          Sync now
        </button>
      ) : null}
    </div>
  );
}

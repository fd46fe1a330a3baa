import type { BackstrideEvent } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { applyPushResults, mergePulled, outboxBatches, sortEvents, syncStatusText } from "./sync-merge.ts";

function checkin(id: string, occurredAt = "2026-03-10T08:00:00+01:00"): BackstrideEvent {
  return {
    id,
    version: 1,
    type: "pain.checkin",
    occurredAt,
    localDate: occurredAt.slice(0, 10),
    pain0to10: 2,
    legSymptoms: false,
  };
}

const ids = Array.from({ length: 7 }, (_, i) => `0190a1b2-0000-7000-8000-00000000000${i}`);

describe("outboxBatches", () => {
  it("sends the oldest first in batches of the given size", () => {
    const outbox = [...ids].reverse().map((id) => checkin(id));
    const batches = outboxBatches(outbox, 3);
    expect(batches.map((batch) => batch.length)).toEqual([3, 3, 1]);
    expect(batches.flat().map((event) => event.id)).toEqual(ids);
  });
});

describe("applyPushResults", () => {
  it("counts created and duplicate as synced, holds conflicts, retries what was not answered", () => {
    const batch = ids.slice(0, 4).map((id) => checkin(id));
    const outcome = applyPushResults(batch, [
      { id: ids[0] ?? "", status: "created" },
      { id: ids[1] ?? "", status: "duplicate" },
      { id: ids[2] ?? "", status: "conflict" },
    ]);
    expect(outcome.syncedIds).toEqual([ids[0], ids[1]]);
    expect(outcome.held.map((held) => [held.event.id, held.status])).toEqual([[ids[2], "conflict"]]);
    expect(outcome.held[0]?.message).toMatch(/different entry/);
    expect(outcome.retryIds).toEqual([ids[3]]);
  });

  it("matches answers by id, not by position", () => {
    const batch = ids.slice(0, 2).map((id) => checkin(id));
    const outcome = applyPushResults(batch, [
      { id: ids[1] ?? "", status: "created" },
      { id: ids[0] ?? "", status: "invalid", message: "pain0to10: too big" },
    ]);
    expect(outcome.syncedIds).toEqual([ids[1]]);
    expect(outcome.held[0]).toMatchObject({ status: "invalid", message: "pain0to10: too big" });
  });
});

describe("mergePulled", () => {
  it("never doubles an event the phone already has, even when a page repeats it", () => {
    const local = new Set([ids[0] ?? "", ids[1] ?? ""]);
    const pulled = [ids[1], ids[2], ids[2], ids[3]].map((id) => checkin(id ?? ""));
    expect(mergePulled(local, pulled).map((event) => event.id)).toEqual([ids[2], ids[3]]);
  });

  it("upload, lost response, retry, pull: one copy of each event", () => {
    const outbox = ids.slice(0, 3).map((id) => checkin(id));
    // First upload reached the server but the response was lost: everything stays in the outbox.
    const retry = applyPushResults(
      outbox,
      outbox.map((event) => ({ id: event.id, status: "duplicate" as const })),
    );
    expect(retry.syncedIds).toHaveLength(3);
    const localIds = new Set(outbox.map((event) => event.id));
    expect(mergePulled(localIds, outbox)).toEqual([]);
  });
});

describe("sortEvents", () => {
  it("orders by the instant, across offsets, then by id", () => {
    const late = checkin(ids[0] ?? "", "2026-03-10T09:00:00+01:00"); // 08:00Z
    const early = checkin(ids[1] ?? "", "2026-03-10T07:30:00Z");
    const sameAsLate = checkin(ids[2] ?? "", "2026-03-10T08:00:00Z");
    expect(sortEvents([sameAsLate, late, early]).map((event) => event.id)).toEqual([ids[1], ids[0], ids[2]]);
  });
});

describe("syncStatusText", () => {
  it("says plainly where the runner's entries are", () => {
    expect(syncStatusText({ kind: "offline", waiting: 2, held: 0 })).toBe("Offline · 2 waiting");
    expect(syncStatusText({ kind: "offline", waiting: 0, held: 0 })).toBe("Offline · saved on this phone");
    expect(syncStatusText({ kind: "synced", waiting: 0, held: 1 })).toBe("Synced · 1 not accepted");
    expect(syncStatusText({ kind: "waiting", waiting: 3, held: 0 })).toBe("3 waiting");
  });
});

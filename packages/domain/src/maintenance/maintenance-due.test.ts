import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { maintenanceDue } from "./maintenance-due.ts";

const rules = defaultProtocol.maintenance;
const byKind = (items: ReturnType<typeof maintenanceDue>) => Object.fromEntries(items.map((i) => [i.kind, i]));

describe("maintenanceDue", () => {
  it("schedules strength with a rest day between sessions", () => {
    const items = byKind(
      maintenanceDue({ sessions: [{ localDate: "2026-03-09", kind: "strength" }], today: "2026-03-10", rules }),
    );
    expect(items.strength?.due).toBe(false);
    const nextDay = byKind(
      maintenanceDue({ sessions: [{ localDate: "2026-03-09", kind: "strength" }], today: "2026-03-11", rules }),
    );
    expect(nextDay.strength?.due).toBe(true);
  });
  it("stops asking for strength once two sessions are done this week", () => {
    const sessions = [
      { localDate: "2026-03-09", kind: "strength" as const },
      { localDate: "2026-03-11", kind: "strength" as const },
    ];
    expect(byKind(maintenanceDue({ sessions, today: "2026-03-13", rules })).strength?.due).toBe(false);
  });
  it("asks for strength back to back when the week is running out", () => {
    const sessions = [{ localDate: "2026-03-14", kind: "strength" as const }];
    expect(byKind(maintenanceDue({ sessions, today: "2026-03-15", rules })).strength?.due).toBe(true);
  });
  it("asks for mobility daily and marks it done", () => {
    const items = byKind(
      maintenanceDue({ sessions: [{ localDate: "2026-03-10", kind: "mobility" }], today: "2026-03-10", rules }),
    );
    expect(items.mobility?.due).toBe(true);
    expect(items.mobility?.doneToday).toBe(true);
  });
  it("makes a massage due monthly", () => {
    const sessions = [{ localDate: "2026-02-01", kind: "massage" as const }];
    expect(byKind(maintenanceDue({ sessions, today: "2026-02-20", rules })).massage?.nextDueDate).toBe("2026-03-03");
    expect(byKind(maintenanceDue({ sessions, today: "2026-03-03", rules })).massage?.due).toBe(true);
  });
});

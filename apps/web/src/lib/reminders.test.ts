import { describe, expect, it } from "vitest";
import { reminderForm, remindersFrom } from "./reminders.ts";

describe("reminder form", () => {
  it("turns saved reminders into switches with times, and back", () => {
    const form = reminderForm({ sessionTime: "18:15", morningTime: null });
    expect(form).toEqual({ sessionOn: true, sessionTime: "18:15", morningOn: false, morningTime: "07:30" });
    expect(remindersFrom(form)).toEqual({ ok: true, reminders: { sessionTime: "18:15", morningTime: null } });
  });

  it("refuses a time that is not HH:mm only when that reminder is on", () => {
    const form = { sessionOn: true, sessionTime: "7", morningOn: false, morningTime: "bad" };
    expect(remindersFrom(form)).toEqual({ ok: false, problem: "Choose a time like 07:30." });
    expect(remindersFrom({ ...form, sessionOn: false }).ok).toBe(true);
  });
});

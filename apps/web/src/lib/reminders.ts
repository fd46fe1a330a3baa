/** The runner's email reminders (PUT /api/reminders): local times "HH:mm", or null when off. */
export interface Reminders {
  sessionTime: string | null;
  morningTime: string | null;
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The form's state: a switch and a time per reminder. */
export interface ReminderForm {
  sessionOn: boolean;
  sessionTime: string;
  morningOn: boolean;
  morningTime: string;
}

export function reminderForm(reminders: Reminders): ReminderForm {
  return {
    sessionOn: reminders.sessionTime !== null,
    sessionTime: reminders.sessionTime ?? "07:00",
    morningOn: reminders.morningTime !== null,
    morningTime: reminders.morningTime ?? "07:30",
  };
}

/** The body to save, or the problem to show by the field. */
export function remindersFrom(form: ReminderForm): { ok: true; reminders: Reminders } | { ok: false; problem: string } {
  for (const [on, time] of [
    [form.sessionOn, form.sessionTime],
    [form.morningOn, form.morningTime],
  ] as const) {
    if (on && !timePattern.test(time)) return { ok: false, problem: "Choose a time like 07:30." };
  }
  return {
    ok: true,
    reminders: {
      sessionTime: form.sessionOn ? form.sessionTime : null,
      morningTime: form.morningOn ? form.morningTime : null,
    },
  };
}

import type { Locator, Page } from "playwright-core";

/** Today: flags, what to do and why, the week's shape, the pain check-in. */
export class TodayPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Today", level: 1 }).waitFor();
  }

  tasks(): Locator {
    return this.page.getByRole("region", { name: "What to do today" }).getByRole("listitem");
  }

  task(title: string | RegExp): Locator {
    return this.tasks().filter({ has: this.page.getByRole("heading", { name: title, level: 3 }) });
  }

  /** Any task that puts the runner on their feet running. */
  runningTasks(): Locator {
    return this.tasks().filter({ has: this.page.getByRole("heading", { name: /walk\/run|run\b/i, level: 3 }) });
  }

  async startTask(title: string | RegExp): Promise<void> {
    await this.task(title)
      .getByRole("link", { name: /^Start / })
      .click();
  }

  noRunningNotice(): Locator {
    return this.page.getByRole("heading", { name: /^No running (or jumping through|today)/, level: 2 });
  }

  /** A day of "This week", found by its full written date ("Thu 12 Mar"). */
  weekDay(dayWords: string): Locator {
    return this.page
      .getByRole("region", { name: "This week" })
      .getByRole("listitem")
      .filter({ hasText: `${dayWords}:` });
  }

  async checkIn(pain0to10: number): Promise<void> {
    const form = this.page.getByRole("form", { name: "Pain check-in" });
    await form
      .getByRole("group", { name: "How is your back right now?" })
      .getByRole("radio", { name: new RegExp(`^${pain0to10} –`) })
      .check();
    await form.getByRole("button", { name: "Save check-in" }).click();
    await form.getByText(`Saved: pain ${pain0to10}/10.`).waitFor();
  }

  /** The card asking for the pain of an earlier session saved without it ("How was your walk/run on Tue 3 Mar?"). */
  painQuestion(name: string | RegExp = /^How was your /): Locator {
    return this.page.getByRole("region", { name: "Questions about your pain" }).getByRole("form", { name });
  }

  /** The prominent card that puts the red-flag questions before anything else. */
  safetyQuestionsFirst(): Locator {
    return this.page.getByRole("region", { name: "Answer the safety questions first" });
  }

  /** The daily check-in with the structured neurological questions answered yes where named. */
  async checkInWithSymptoms(
    pain0to10: number,
    yes: ("Pain going into a leg?" | "Numbness or tingling?" | "Weakness in a leg?")[],
  ): Promise<void> {
    const form = this.page.getByRole("form", { name: "Pain check-in" });
    await form
      .getByRole("group", { name: "How is your back right now?" })
      .getByRole("radio", { name: new RegExp(`^${pain0to10} –`) })
      .check();
    await form.getByText("Any leg or other symptoms?").click();
    for (const question of yes) {
      await form.getByRole("group", { name: question }).getByRole("radio", { name: "Yes" }).check();
    }
    await form.getByRole("button", { name: "Save check-in" }).click();
  }
}

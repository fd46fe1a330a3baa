import type { Page } from "playwright-core";

/** "Pain at the door": today's pain, when the episode began and whether it goes into a leg. */
export class EpisodePage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "How is your back today?", level: 1 }).waitFor();
  }

  /** Fills the form; the onset stays at its default (now) unless a day (and time) is given. */
  async fill(answers: { pain0to10: number; onsetDate?: string; onsetTime?: string; legSymptoms: boolean }) {
    await this.page
      .getByRole("group", { name: "How much does your back hurt today?" })
      .getByRole("radio", { name: new RegExp(`^${answers.pain0to10} –`) })
      .check();
    if (answers.onsetDate) await this.page.getByLabel("Day", { exact: true }).fill(answers.onsetDate);
    if (answers.onsetTime) await this.page.getByLabel("Time", { exact: true }).fill(answers.onsetTime);
    await this.page
      .getByRole("group", { name: "Does pain, numbness or tingling go into either leg?" })
      .getByRole("radio", { name: answers.legSymptoms ? "Yes" : "No", exact: true })
      .check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Continue to the safety questions" }).click();
  }

  async report(answers: { pain0to10: number; onsetDate?: string; onsetTime?: string; legSymptoms: boolean }) {
    await this.waitUntilShown();
    await this.fill(answers);
    await this.submit();
  }
}

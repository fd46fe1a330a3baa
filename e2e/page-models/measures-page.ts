import type { Page } from "playwright-core";

/** #/measures: the outcome measures form (pain now, average, worst; activities; global change) and trends. */
export class MeasuresPage {
  constructor(readonly page: Page) {}

  async waitForForm(title: string): Promise<void> {
    await this.page.getByRole("heading", { name: "Measures", level: 1 }).waitFor();
    await this.page.getByRole("heading", { name: title, level: 2 }).waitFor();
  }

  private async choose(group: string, score: number): Promise<void> {
    await this.page
      .getByRole("group", { name: group })
      .getByRole("radio", { name: new RegExp(`^${score}( –|$)`) })
      .check();
  }

  async fill(answers: {
    now0to10: number;
    average0to10: number;
    worst0to10: number;
    /** Activities by name; a name already in the form (from the last answers) is kept. */
    activities: { activity: string; score0to10: number }[];
    globalChange?: string;
  }): Promise<void> {
    await this.choose("Your back pain right now", answers.now0to10);
    await this.choose("Your average back pain over the past week", answers.average0to10);
    await this.choose("Your worst back pain over the past week", answers.worst0to10);
    for (const [index, item] of answers.activities.entries()) {
      const field = this.page.getByLabel(new RegExp(`^Activity ${index + 1}`));
      if ((await field.inputValue()) !== item.activity) await field.fill(item.activity);
      await this.choose(`How well can you ${item.activity} now?`, item.score0to10);
    }
    if (answers.globalChange) {
      await this.page.getByLabel("Since you started, how has your back changed?").selectOption({
        label: answers.globalChange,
      });
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save my answers" }).click();
    await this.page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  }
}

import type { Locator, Page } from "playwright-core";

/** A questionnaire of yes/no questions (the red-flag questions, the cause finder). */
export class YesNoForm {
  constructor(
    protected readonly page: Page,
    private readonly submitLabel: string,
  ) {}

  question(text: string | RegExp): Locator {
    return this.page.getByRole("group", { name: text });
  }

  async answer(text: string | RegExp, yes: boolean): Promise<void> {
    await this.question(text)
      .getByRole("radio", { name: yes ? "Yes" : "No", exact: true })
      .check();
  }

  /**
   * Answers every question still open with "no", the given ones with "yes", and submits. For the
   * red-flag questions, a "yes" to an emergency question leaves the form at once: use answer() for it.
   */
  async answerAndSubmit(yesTo: (string | RegExp)[] = []): Promise<void> {
    for (const text of yesTo) await this.answer(text, true);
    const questions = this.page.locator("main form fieldset.question");
    await questions.first().waitFor();
    const count = await questions.count();
    for (let index = 0; index < count; index += 1) {
      const question = questions.nth(index);
      const yes = question.getByRole("radio", { name: "Yes", exact: true });
      if (!(await yes.isChecked())) await question.getByRole("radio", { name: "No", exact: true }).check();
    }
    await this.page.getByRole("button", { name: this.submitLabel }).click();
  }
}

export class TriagePage extends YesNoForm {
  constructor(page: Page) {
    super(page, "Save answers");
  }

  /**
   * Says "yes" to an emergency question. The form leaves at once for the emergency page, so this
   * clicks rather than checks: there is no radio left to confirm as checked.
   */
  async answerEmergencyYes(text: string | RegExp): Promise<void> {
    await this.question(text).getByRole("radio", { name: "Yes", exact: true }).click();
  }

  /** The questions' legends, in the order the form asks them. */
  async questionOrder(): Promise<string[]> {
    const legends = this.page.locator("main form fieldset.question > legend");
    await legends.first().waitFor();
    return await legends.allTextContents();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: /safety check/i, level: 1 }).waitFor();
  }
}

export class CauseFinderPage extends YesNoForm {
  constructor(page: Page) {
    super(page, "See my likely causes");
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "What may be causing it", level: 1 }).waitFor();
  }

  /** The ranked cause cards under "Most likely", in order. */
  likelyCauses(): Locator {
    return this.page.getByRole("region", { name: "Most likely" }).getByRole("article");
  }

  async startPlan(): Promise<void> {
    await this.page.getByRole("link", { name: "Start my plan" }).click();
  }
}

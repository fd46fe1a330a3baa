import type { Locator, Page } from "playwright-core";

/** Log a run by hand; the load guards answer before saving. */
export class LogRunPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Log a run", level: 1 }).waitFor();
  }

  async fill(run: { distance: string; duration: string; painDuring?: number; painAfter?: number }): Promise<void> {
    await this.page.getByLabel(/^Distance \(/).fill(run.distance);
    await this.page.getByLabel("Time (mm:ss or h:mm:ss)").fill(run.duration);
    if (run.painDuring !== undefined) await this.pain("Pain during the run", run.painDuring);
    if (run.painAfter !== undefined) await this.pain("Pain after the run", run.painAfter);
  }

  private async pain(legend: string, pain0to10: number): Promise<void> {
    await this.page
      .getByRole("group", { name: legend })
      .getByRole("radio", { name: new RegExp(`^${pain0to10} –`) })
      .check();
  }

  async submit(): Promise<void> {
    await this.page.getByRole("button", { name: "Save run" }).click();
  }

  /** The "Before you save" screen's warnings. */
  warnings(): Locator {
    return this.page.getByRole("alert");
  }

  async saveAnyway(): Promise<void> {
    await this.page.getByRole("button", { name: "Save anyway" }).click();
  }

  /** The message beside a field, e.g. an impossible pace beside "Time". */
  fieldError(label: string | RegExp): Locator {
    return this.page
      .locator(".field")
      .filter({ has: this.page.getByLabel(label) })
      .locator(".field-error");
  }

  /** "Is this right?": an implausible run waits for the runner's word. */
  async confirmIsRight(): Promise<void> {
    await this.page.getByRole("heading", { name: "Is this right?", level: 1 }).waitFor();
  }

  async yesSaveIt(): Promise<void> {
    await this.page.getByRole("button", { name: "Yes, save it" }).click();
  }

  async fixIt(): Promise<void> {
    await this.page.getByRole("button", { name: "Fix it" }).click();
    await this.waitUntilShown();
  }

  async changeRun(): Promise<void> {
    await this.page.getByRole("button", { name: "Change the run" }).click();
    await this.waitUntilShown();
  }
}

import type { Locator, Page } from "playwright-core";

/** One run: its numbers, "Edit" (a correction) and "Delete" (with a confirm dialog). */
export class RunPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: /^Run on /, level: 1 }).waitFor();
  }

  /** A figure of the run, e.g. stat("Distance") → "8 km". */
  stat(term: string): Locator {
    return this.page
      .locator(".stat-grid > div")
      .filter({ has: this.page.getByText(term, { exact: true }) })
      .locator("dd");
  }

  async edit(): Promise<void> {
    await this.page.getByRole("button", { name: "Edit", exact: true }).click();
    await this.page.getByRole("heading", { name: "Edit this run", level: 2 }).waitFor();
  }

  async fillEdit(change: { distance?: string; duration?: string }): Promise<void> {
    if (change.distance !== undefined) await this.page.getByLabel(/^Distance \(/).fill(change.distance);
    if (change.duration !== undefined) await this.page.getByLabel("Time (mm:ss or h:mm:ss)").fill(change.duration);
  }

  async saveChanges(): Promise<void> {
    await this.page.getByRole("button", { name: "Save changes" }).click();
    await this.page.getByText("Saved your changes.", { exact: false }).waitFor();
  }

  async delete(): Promise<void> {
    await this.page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: "Delete this run?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Delete run" }).click();
  }
}

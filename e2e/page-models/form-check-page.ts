import type { Locator, Page } from "playwright-core";

/** The form check: choose a clip, trim, check, read the measures, save. */
export class FormCheckPage {
  constructor(readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole("heading", { name: "Form check", level: 1 }).waitFor();
  }

  async chooseView(label: "From the side" | "From behind"): Promise<void> {
    await this.page.getByLabel(label).check();
  }

  /** The file picker path (not the camera): the clip is read on the device. */
  async chooseVideo(filePath: string): Promise<void> {
    await this.page.getByLabel("Choose a video").setInputFiles(filePath);
    await this.page.getByRole("heading", { name: "Keep the steady part" }).waitFor();
  }

  async check(timeoutMs: number): Promise<void> {
    await this.page.getByRole("button", { name: "Check my form" }).click();
    await this.page
      .getByRole("heading", { name: /Your form|We could not check this clip/ })
      .waitFor({ timeout: timeoutMs });
  }

  /** One measure's item in the results list. */
  metric(label: string): Locator {
    return this.page.locator(".form-metric").filter({ has: this.page.getByRole("heading", { name: label, level: 3 }) });
  }

  async metricValue(label: string): Promise<string> {
    return (await this.metric(label).locator("strong").textContent()) ?? "";
  }

  async method(label: string): Promise<string> {
    const item = this.metric(label);
    await item.getByText(/How it is measured/).click();
    return (await item.locator("details p").first().textContent()) ?? "";
  }

  cadenceTarget(): Locator {
    return this.page.getByTestId("cadence-target");
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save to my log" }).click();
    await this.page.getByRole("status").filter({ hasText: "Saved to your log" }).waitFor();
  }
}

import type { Locator, Page } from "playwright-core";

/** The guided session: ready → active (pause, skip, pain) → after (pain during/after, notes, save). */
export class SessionPlayerPage {
  constructor(private readonly page: Page) {}

  async start(): Promise<void> {
    await this.page.getByRole("button", { name: "Start", exact: true }).click();
    await this.page.getByRole("button", { name: "Pain", exact: true }).waitFor();
  }

  painDialog(): Locator {
    return this.page.getByRole("dialog", { name: "How bad is the pain right now?" });
  }

  async openPain(): Promise<void> {
    await this.page.getByRole("button", { name: "Pain", exact: true }).click();
    await this.painDialog().waitFor();
  }

  async choosePain(pain0to10: number): Promise<void> {
    await this.painDialog()
      .getByRole("radiogroup", { name: "Pain right now" })
      .or(this.painDialog().getByRole("group", { name: "Pain right now" }))
      .getByRole("radio", { name: new RegExp(`^${pain0to10} –`) })
      .check();
  }

  async recordPain(pain0to10: number): Promise<void> {
    await this.openPain();
    await this.choosePain(pain0to10);
    await this.painDialog().getByRole("button", { name: "Record pain" }).click();
  }

  stopInstructions(): Locator {
    return this.page.getByRole("alert").filter({ has: this.page.getByRole("heading", { name: /^Pain \d+\/10/ }) });
  }

  async answerAfter(painAfter0to10: number, notes = ""): Promise<void> {
    await this.page
      .getByRole("group", { name: "Pain now, after the session" })
      .getByRole("radio", { name: new RegExp(`^${painAfter0to10} –`) })
      .check();
    if (notes) await this.page.getByRole("textbox", { name: "Notes (optional)" }).fill(notes);
  }

  painDuringChoice(): Locator {
    return this.page.getByRole("group", { name: "Pain during the session" }).getByRole("radio", { checked: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole("button", { name: "Save session" }).click();
  }

  endDialog(): Locator {
    return this.page.getByRole("dialog", { name: "End this session now?" });
  }

  /** Taps "End session" and waits for the confirmation (the session is not ended yet). */
  async askToEnd(): Promise<void> {
    await this.page.getByRole("button", { name: "End session", exact: true }).click();
    await this.endDialog().waitFor();
  }

  async confirmEnd(): Promise<void> {
    await this.endDialog().getByRole("button", { name: "End session" }).click();
    await this.page.getByRole("button", { name: "Save session" }).waitFor();
  }
}

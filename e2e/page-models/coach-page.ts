import type { Locator, Page } from "playwright-core";

/** A coach's side: sign-up with the coach box, My runners (invite, roster) and one runner's page. */
export class CoachPage {
  constructor(private readonly page: Page) {}

  async signUp(coach: { name: string; email: string; password: string }): Promise<void> {
    await this.page.getByRole("heading", { name: "Create your account" }).waitFor();
    await this.page.getByLabel("Your name").fill(coach.name);
    await this.page.getByLabel("Email").fill(coach.email);
    await this.page.getByLabel("Password").fill(coach.password);
    await this.page.getByLabel("I coach runners or treat them (coach or physical therapist)").check();
    await this.page.getByRole("button", { name: "Create account" }).click();
    await this.page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    await this.page.getByRole("button", { name: "Continue" }).click();
  }

  /** Opens the link mailed at sign-up; a coach needs a confirmed email to invite runners. */
  async confirmEmail(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByRole("heading", { name: "Email verified" }).waitFor();
  }

  async waitForRoster(): Promise<void> {
    await this.page.getByRole("heading", { name: "My runners", level: 1 }).waitFor();
    await this.page.getByRole("heading", { name: "Runners", level: 2 }).waitFor();
  }

  /** Creates an invite code and returns it as shown. */
  async createInvite(): Promise<string> {
    await this.page.getByRole("button", { name: "Create an invite code" }).click();
    const code = this.page.getByTestId("invite-code");
    await code.waitFor();
    return ((await code.textContent()) ?? "").trim();
  }

  /** The link shown for this viewport: the table's on desktop, the list's on a phone. */
  async inviteLink(): Promise<string> {
    return ((await this.page.getByTestId("invite-link").textContent()) ?? "").trim();
  }

  roster(): Locator {
    return this.page.getByRole("region", { name: "Runners" });
  }

  /** A runner's link on the roster, whichever form this viewport shows (table on desktop, list on a phone). */
  runnerLink(name: string): Locator {
    return this.roster().getByRole("link", { name: new RegExp(name) });
  }

  /** Runner names in the order the roster shows them. */
  async runnerNames(): Promise<string[]> {
    return (await this.roster().getByRole("link").allTextContents()).map((text) => text.trim());
  }

  async filter(label: string): Promise<void> {
    await this.roster().getByRole("button", { name: label, exact: true }).click();
  }

  /** The "Adjust the plan" card on a runner's page. */
  adjustmentForm(): Locator {
    return this.page.getByRole("region", { name: "Adjust the plan" });
  }

  /** Picks what to change ("Pain stop (1 to 5)", "Next-morning check", "Skip a week", ...). */
  async chooseAdjustment(label: string): Promise<void> {
    await this.adjustmentForm().getByLabel(label, { exact: true }).check();
  }

  async choosePainStop(pain0to10: number): Promise<void> {
    await this.adjustmentForm()
      .getByRole("group", { name: "Stop at pain (1 to 5 out of 10)" })
      .getByRole("radio", { name: `${pain0to10} out of 10` })
      .check();
  }

  async saveAdjustment(): Promise<void> {
    await this.adjustmentForm().getByRole("button", { name: "Save change" }).click();
  }

  savedStatus(): Locator {
    return this.adjustmentForm().getByRole("status").filter({ hasText: "Saved." });
  }
}

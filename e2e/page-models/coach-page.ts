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

  runnerLink(name: string): Locator {
    return this.page
      .getByRole("list", { name: /who needs attention first/ })
      .getByRole("link", { name: new RegExp(name) });
  }
}

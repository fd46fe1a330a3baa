import type { Page } from "playwright-core";

/**
 * The first screen a new visitor sees: create an account (or sign in instead). Sign-up answers "Check
 * your inbox" (the same whether or not the email had an account); Continue signs in with the password
 * just typed. A new account then asks how the back is today (EpisodePage), then the safety questions.
 */
export class SignUpPage {
  constructor(private readonly page: Page) {}

  async createAccount(runner: { name: string; email: string; password: string }): Promise<void> {
    await this.page.getByRole("heading", { name: "Create your account" }).waitFor();
    await this.page.getByLabel("Your name").fill(runner.name);
    await this.page.getByLabel("Email").fill(runner.email);
    await this.page.getByLabel("Password").fill(runner.password);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await this.continueAfterSignUp();
  }

  async continueAfterSignUp(): Promise<void> {
    await this.page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    await this.page.getByRole("button", { name: "Continue" }).click();
  }

  async switchToSignIn(): Promise<void> {
    await this.page.getByRole("button", { name: "Sign in instead" }).click();
    await this.page.getByRole("heading", { name: "Sign in" }).waitFor();
  }
}

/** Checks the sign-up and sign-in forms before they go to the server, in plain words. */

export interface AuthFormInput {
  mode: "sign-up" | "sign-in";
  name: string;
  email: string;
  password: string;
}

export type AuthFormErrors = Partial<Record<"name" | "email" | "password", string>>;

/** The server's rule (NIST 800-63B): length, not character classes. */
export const minPasswordLength = 10;

export function validateAuthForm(input: AuthFormInput): AuthFormErrors {
  const errors: AuthFormErrors = {};
  if (input.mode === "sign-up" && input.name.trim() === "") errors.name = "Enter your name.";
  if (input.mode === "sign-up" && input.name.trim().length > 100) errors.name = "Use at most 100 characters.";
  const email = input.email.trim();
  if (email === "") errors.email = "Enter your email address.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "Enter an email address like name@example.com.";
  if (input.password === "") errors.password = "Enter your password.";
  else if (input.mode === "sign-up" && input.password.length < minPasswordLength) {
    errors.password = `Use at least ${minPasswordLength} characters.`;
  }
  return errors;
}

/** Everyone is a runner (coaches and physios run too); the sign-up checkbox adds the coach role. */
export function rolesFor(coachesOthers: boolean): ("runner" | "coach")[] {
  return coachesOthers ? ["runner", "coach"] : ["runner"];
}

/** "Forgot password?": only the email. */
export function validateEmail(email: string): string | undefined {
  const trimmed = email.trim();
  if (trimmed === "") return "Enter your email address.";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return "Enter an email address like name@example.com.";
  return undefined;
}

/** "Choose a new password": the sign-up rule. */
export function validateNewPassword(password: string): string | undefined {
  if (password === "") return "Enter a new password.";
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  return undefined;
}

/**
 * Which words to show after sign-up. The server answers "check your inbox" whether or not the email
 * already had an account, so the app cannot know either; it offers to continue with the password just
 * typed, and if that fails the mail says why.
 */
export const checkInboxWords = {
  title: "Check your inbox",
  body: (email: string) =>
    `We sent a mail to ${email}. Open its link to confirm your email; you can start now and confirm later.`,
  continueFailed:
    "That did not sign you in. If this email already had an account, the mail we sent explains how to choose a new password.",
} as const;

/** The sign-in and sign-up forms' message for a failed request, in plain words. */
export function authErrorMessage(error: unknown): string {
  if (error instanceof Error && "status" in error) {
    const status = (error as { status: number }).status;
    if (status === 401) return "That email and password do not match.";
    if (status === 429) return "Too many tries. Wait a few minutes, then try again.";
  }
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

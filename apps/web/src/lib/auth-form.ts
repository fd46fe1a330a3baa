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

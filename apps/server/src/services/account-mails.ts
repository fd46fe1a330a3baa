import type { OutgoingMail } from "./mailer.ts";

/** The words of every mail Backstride sends. Plain text: it reads the same in every mail client. */

export function verifyEmailMail(to: { email: string; name: string }, link: string, validDays: number): OutgoingMail {
  return {
    to: to.email,
    subject: "Confirm your email for Backstride",
    text: [
      `Hi ${to.name},`,
      "",
      "Open this link to confirm that this email is yours:",
      link,
      "",
      `The link works once, for ${validDays} days. You can use Backstride meanwhile; a coach can invite you either way, and you need a confirmed email to invite runners as a coach.`,
      "",
      "If you did not create an account, ignore this mail: nothing happens without the link.",
    ].join("\n"),
  };
}

export function resetPasswordMail(
  to: { email: string; name: string },
  link: string,
  validMinutes: number,
): OutgoingMail {
  return {
    to: to.email,
    subject: "Choose a new Backstride password",
    text: [
      `Hi ${to.name},`,
      "",
      "Someone (we hope you) asked to choose a new password for your Backstride account. Open this link to choose one:",
      link,
      "",
      `The link works once, for ${validMinutes} minutes. Choosing a new password signs you out on every device.`,
      "",
      "If you did not ask, ignore this mail: your password stays as it is.",
    ].join("\n"),
  };
}

export function signUpAgainMail(to: { email: string; name: string }, link: string, validMinutes: number): OutgoingMail {
  return {
    to: to.email,
    subject: "Someone tried to sign up to Backstride with your email",
    text: [
      `Hi ${to.name},`,
      "",
      "Someone tried to create a Backstride account with this email, which already has one. No new account was made and nothing changed in yours.",
      "",
      "If it was you and you forgot your password, choose a new one here:",
      link,
      "",
      `The link works once, for ${validMinutes} minutes. If it was not you, ignore this mail.`,
    ].join("\n"),
  };
}

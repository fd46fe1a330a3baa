import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Where a mail ends up when no SMTP server is configured, and where sending failures are reported. */
export type MailLog = (line: string) => void;

export const stdoutMailLog: MailLog = (line) => {
  process.stdout.write(`${line}\n`);
};

/**
 * Sends mail in the background: a request never waits for (or learns the outcome of) the SMTP
 * exchange, so an answer's timing does not tell whether a mail went out, and a slow mail server does
 * not slow sign-up. Without SMTP_URL every mail is printed to the log for the operator to pass on.
 */
export class Mailer {
  private readonly transport: Transporter | null;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly options: { smtpUrl: string | null; mailFrom: string },
    private readonly log: MailLog = stdoutMailLog,
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  }

  /** True when mail goes to an SMTP server; false when it is printed to the log. */
  get sendsMail(): boolean {
    return this.transport !== null;
  }

  send(mail: OutgoingMail): void {
    const sending = this.deliver(mail).finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  /** Resolves once every mail queued so far was handed over (or failed and was logged). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.idle();
    this.transport?.close();
  }

  private async deliver(mail: OutgoingMail): Promise<void> {
    if (!this.transport) {
      this.log(
        `[mail] not sent (SMTP_URL is not set); pass this on to ${mail.to}\n[mail] Subject: ${mail.subject}\n${mail.text}`,
      );
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.options.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    } catch (error) {
      // The reason only: the body holds a live link that must not end up in a log that is kept.
      const reason = error instanceof Error ? error.message : String(error);
      this.log(`[mail] sending "${mail.subject}" to ${mail.to} failed: ${reason}`);
    }
  }
}

import { type FormEvent, useState } from "react";
import { TextField } from "../components/TextField.tsx";
import { api } from "../lib/api.ts";
import { authErrorMessage, validateEmail } from "../lib/auth-form.ts";

/** "Forgot your password?": asks for a link by mail. The answer is the same whether or not the email has an account. */
export function ForgotPasswordScreen() {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateEmail(email);
    setError(found);
    setFormError(null);
    if (found) return;
    setBusy(true);
    try {
      await api.post("/api/auth/forgot-password", { email: email.trim() });
      setSentTo(email.trim());
    } catch (caught) {
      setFormError(authErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page auth">
      <p className="auth-brand">Backstride</p>
      <h1 tabIndex={-1}>{sentTo ? "Check your inbox" : "Forgot your password?"}</h1>
      {sentTo ? (
        <p className="lead">
          If {sentTo} has a Backstride account, a mail with a link to choose a new password is on its way. The link
          works once, for one hour.
        </p>
      ) : (
        <>
          <p className="lead">Enter your email and we will mail you a link to choose a new password.</p>
          <form onSubmit={submit} noValidate>
            {formError ? (
              <p className="form-error" role="alert">
                {formError}
              </p>
            ) : null}
            <TextField
              label="Email"
              type="email"
              value={email}
              onValue={setEmail}
              error={error}
              autoComplete="email"
              inputMode="email"
              required
            />
            <button type="submit" className="button primary block" disabled={busy}>
              Mail me a link
            </button>
          </form>
        </>
      )}
      <p>
        <a className="button" href="#/sign-in">
          Back to sign in
        </a>
      </p>
    </main>
  );
}

import { type FormEvent, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { TextField } from "../components/TextField.tsx";
import { api } from "../lib/api.ts";
import { authErrorMessage, minPasswordLength, validateNewPassword } from "../lib/auth-form.ts";

/** "Choose a new password", opened from the mailed link (#/reset/<token>). */
export function ResetPasswordScreen({ token }: { token: string }) {
  const { user, sessionLost } = useAuth();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewPassword(password);
    setError(found);
    setFormError(null);
    if (found) return;
    setBusy(true);
    try {
      await api.post("/api/auth/reset-password", { token, newPassword: password });
      setDone(true);
      // The new password signed every device out, this one included.
      if (user) sessionLost();
    } catch (caught) {
      setFormError(authErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="page auth">
      <p className="auth-brand">Backstride</p>
      <h1 tabIndex={-1}>{done ? "Password changed" : "Choose a new password"}</h1>
      {done ? (
        <>
          <p className="lead">Your new password is set, and every device was signed out. Sign in with it.</p>
          <a className="button primary block" href="#/sign-in">
            Sign in
          </a>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          {formError ? (
            <p className="form-error" role="alert">
              {formError}
            </p>
          ) : null}
          <TextField
            label="New password"
            type="password"
            value={password}
            onValue={setPassword}
            error={error}
            hint={`At least ${minPasswordLength} characters. A short sentence works well.`}
            autoComplete="new-password"
            required
          />
          <button type="submit" className="button primary block" disabled={busy}>
            Save the new password
          </button>
          <p>
            <a className="button" href="#/forgot-password">
              Mail me a new link
            </a>
          </p>
        </form>
      )}
    </main>
  );
}

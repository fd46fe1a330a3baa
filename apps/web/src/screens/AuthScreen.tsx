import { type FormEvent, useId, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { TextField } from "../components/TextField.tsx";
import {
  type AuthFormErrors,
  authErrorMessage,
  checkInboxWords,
  minPasswordLength,
  validateAuthForm,
} from "../lib/auth-form.ts";
import { afterSignInHash } from "../lib/landing.ts";

/** Create an account or sign in. New visitors see "Create account" first. */
export function AuthScreen({ mode: initial }: { mode: "sign-in" | "sign-up-or-in" }) {
  const { signIn, signUp } = useAuth();
  const [mode, setMode] = useState<"sign-up" | "sign-in">(initial === "sign-in" ? "sign-in" : "sign-up");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<AuthFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [coachesOthers, setCoachesOthers] = useState(false);
  /** Set once sign-up answered: the address the mail went to. */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const coachId = useId();

  // landing.ts says where: an invite link is kept, a coach's home is the roster, a runner's Today.
  const enter = (newCoach: boolean) => {
    window.location.hash = afterSignInHash(window.location.hash, newCoach);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateAuthForm({ mode, name, email, password });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (mode === "sign-up") {
        await signUp(name.trim(), email.trim(), password, coachesOthers);
        setSentTo(email.trim());
      } else {
        await signIn(email.trim(), password);
        enter(false);
      }
    } catch (error) {
      setFormError(authErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  /** After sign-up: sign in with the password just typed. */
  const continueIn = async () => {
    setFormError(null);
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      enter(coachesOthers);
    } catch (error) {
      setFormError(
        error instanceof Error && "status" in error && error.status === 401
          ? checkInboxWords.continueFailed
          : authErrorMessage(error),
      );
    } finally {
      setBusy(false);
    }
  };

  if (sentTo !== null) {
    return (
      <main id="main" className="page auth">
        <p className="auth-brand">Backstride</p>
        <h1 tabIndex={-1}>{checkInboxWords.title}</h1>
        <p className="lead">{checkInboxWords.body(sentTo)}</p>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="button" className="button primary block" disabled={busy} onClick={() => void continueIn()}>
          Continue
        </button>
        <p>
          <a className="button" href="#/forgot-password">
            Forgot your password?
          </a>
        </p>
      </main>
    );
  }

  const switchMode = () => {
    setMode(mode === "sign-up" ? "sign-in" : "sign-up");
    setErrors({});
    setFormError(null);
  };

  const title = mode === "sign-up" ? "Create your account" : "Sign in";
  return (
    <main id="main" className="page auth">
      <p className="auth-brand">Backstride</p>
      <h1 tabIndex={-1}>{title}</h1>
      <p className="lead">
        {mode === "sign-up"
          ? "Back to pain-free running, one calm day at a time. Your log stays on this phone and syncs when you have signal."
          : "Welcome back."}
      </p>
      <form onSubmit={submit} noValidate>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        {mode === "sign-up" ? (
          <TextField
            label="Your name"
            value={name}
            onValue={setName}
            error={errors.name}
            autoComplete="name"
            required
          />
        ) : null}
        <TextField
          label="Email"
          type="email"
          value={email}
          onValue={setEmail}
          error={errors.email}
          autoComplete="email"
          inputMode="email"
          required
        />
        <TextField
          label="Password"
          type="password"
          value={password}
          onValue={setPassword}
          error={errors.password}
          hint={
            mode === "sign-up" ? `At least ${minPasswordLength} characters. A short sentence works well.` : undefined
          }
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
        />
        {mode === "sign-up" ? (
          <div className="check">
            <input
              id={coachId}
              type="checkbox"
              checked={coachesOthers}
              onChange={(event) => setCoachesOthers(event.target.checked)}
            />
            <label htmlFor={coachId}>I coach runners or treat them (coach or physical therapist)</label>
          </div>
        ) : null}
        <button type="submit" className="button primary block" disabled={busy}>
          {mode === "sign-up" ? "Create account" : "Sign in"}
        </button>
      </form>
      {mode === "sign-in" ? (
        <p>
          <a className="button" href="#/forgot-password">
            Forgot your password?
          </a>
        </p>
      ) : null}
      <p>
        {mode === "sign-up" ? "Already have an account?" : "New to Backstride?"}{" "}
        <button type="button" className="link-button" onClick={switchMode}>
          {mode === "sign-up" ? "Sign in instead" : "Create an account"}
        </button>
      </p>
    </main>
  );
}

import { type FormEvent, useId, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { TextField } from "../components/TextField.tsx";
import { ApiError } from "../lib/api.ts";
import { type AuthFormErrors, minPasswordLength, validateAuthForm } from "../lib/auth-form.ts";

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
  const coachId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateAuthForm({ mode, name, email, password });
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      if (mode === "sign-up") await signUp(name.trim(), email.trim(), password, coachesOthers);
      else await signIn(email.trim(), password);
      // A new coach starts on their runners (inviting is the first thing to do); everyone else on Today.
      window.location.hash = mode === "sign-up" && coachesOthers ? "#/coach" : "#/today";
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setFormError("That email and password do not match.");
      else if (error instanceof ApiError && error.status === 409)
        setFormError("An account with this email already exists. Sign in instead.");
      else setFormError(error instanceof Error ? error.message : "Something went wrong. Try again.");
    } finally {
      setBusy(false);
    }
  };

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
      <p>
        {mode === "sign-up" ? "Already have an account?" : "New to Backstride?"}{" "}
        <button type="button" className="link-button" onClick={switchMode}>
          {mode === "sign-up" ? "Sign in instead" : "Create an account"}
        </button>
      </p>
    </main>
  );
}

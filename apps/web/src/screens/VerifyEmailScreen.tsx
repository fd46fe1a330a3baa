import { useEffect, useState } from "react";
import { useAuth } from "../app/auth.tsx";
import { api } from "../lib/api.ts";
import { authErrorMessage } from "../lib/auth-form.ts";

/** Opened from the link mailed at sign-up (#/verify/<token>): confirms the email, signed in or not. */
export function VerifyEmailScreen({ token }: { token: string }) {
  const { user, refresh } = useAuth();
  const [state, setState] = useState<"working" | "done" | "failed">("working");
  const [message, setMessage] = useState("");
  const [resent, setResent] = useState(false);

  const resend = async () => {
    try {
      await api.post("/api/auth/verify-email/resend");
      setResent(true);
    } catch (error) {
      setMessage(authErrorMessage(error));
    }
  };

  useEffect(() => {
    let live = true;
    api
      .post("/api/auth/verify-email", { token })
      .then(async () => {
        await refresh();
        if (live) setState("done");
      })
      .catch((error: unknown) => {
        if (!live) return;
        setMessage(authErrorMessage(error));
        setState("failed");
      });
    return () => {
      live = false;
    };
  }, [token, refresh]);

  const next = user ? { href: "#/today", label: "Go to today" } : { href: "#/sign-in", label: "Sign in" };
  return (
    <main id="main" className="page auth">
      <p className="auth-brand">Backstride</p>
      <h1 tabIndex={-1}>
        {state === "done" ? "Email verified" : state === "failed" ? "This link did not work" : "Confirming your email"}
      </h1>
      {state === "working" ? <p className="lead">One moment.</p> : null}
      {state === "done" ? <p className="lead">Thank you: your email is confirmed.</p> : null}
      {state === "failed" ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      {state === "failed" && user && !user.emailVerified ? (
        <button type="button" className="button block" onClick={() => void resend()}>
          Mail me a new link
        </button>
      ) : null}
      {resent ? <p role="status">A new link is on its way to {user?.email}.</p> : null}
      {state !== "working" ? (
        <a className="button primary block" href={next.href}>
          {next.label}
        </a>
      ) : null}
    </main>
  );
}

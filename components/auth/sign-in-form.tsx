"use client";
// Signs in through Better Auth's endpoints (rate limits, lockout and auditing apply there), then
// loads the destination afresh so the server renders it with the new session and saved language.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { authClient } from "@/lib/auth/client";

type Failure = { status?: number; code?: string } | null | undefined;

function failureKey(error: Failure): "invalid" | "locked" | "rateLimited" | "generic" {
  if (error?.status === 429) return "rateLimited";
  if (error?.code === "ACCOUNT_LOCKED") return "locked";
  if (error?.code === "INVALID_EMAIL_OR_PASSWORD" || error?.status === 401) return "invalid";
  return "generic";
}

export function SignInForm({ next, sso, ssoError }: { next: string; sso: { name: string; providerId: string } | null; ssoError: string | null }) {
  const t = useTranslations("auth.signIn");
  const [busy, setBusy] = useState<"password" | "sso" | null>(null);
  const [error, setError] = useState<string | null>(
    ssoError ? (ssoError === "unable_to_create_session" || ssoError === "signup_disabled" ? t("errors.ssoDenied") : t("errors.sso", { code: ssoError })) : null,
  );

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy("password");
    setError(null);
    const { error: failure } = await authClient.signIn.email({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") });
    if (failure) {
      setBusy(null);
      setError(t(`errors.${failureKey(failure)}`));
      return;
    }
    // A full page load, so the whole tree (root layout and language included) renders with the new session.
    window.location.assign(next);
  }

  async function onSso() {
    if (!sso) return;
    setBusy("sso");
    setError(null);
    const { error: failure } = await authClient.signIn.social({ provider: sso.providerId, callbackURL: next, errorCallbackURL: "/sign-in" });
    if (failure) {
      setBusy(null);
      setError(t(`errors.${failureKey(failure)}`));
    }
  }

  return (
    <div className="mt-6 space-y-5">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <form onSubmit={onSubmit} className="space-y-4">
        <TextField label={t("email")} name="email" type="email" autoComplete="username" required />
        <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" className="w-full" busy={busy === "password"} disabled={busy !== null}>
          {busy === "password" ? t("submitting") : t("submit")}
        </Button>
      </form>
      {sso ? (
        <>
          <p className="text-center text-xs uppercase tracking-wide text-ink-3">{t("or")}</p>
          <Button variant="secondary" className="w-full" onClick={onSso} busy={busy === "sso"} disabled={busy !== null}>
            {busy === "sso" ? t("redirecting") : t("sso", { name: sso.name })}
          </Button>
        </>
      ) : null}
    </div>
  );
}

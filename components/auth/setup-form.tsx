"use client";
import { useAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useDescribeError } from "@/components/ui/use-describe-error";
import { createFirstAdminAction } from "@/lib/actions/setup";
import { authClient } from "@/lib/auth/client";

/** Creates the first admin, then signs them in with the same credentials. */
export function SetupForm() {
  const t = useTranslations("auth.setup");
  const describe = useDescribeError();
  const { executeAsync, isPending } = useAction(createFirstAdminAction);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), confirm: String(form.get("confirm") ?? "") };
    setError(null);
    const result = await executeAsync(input);
    if (result?.validationErrors) {
      setFieldErrors(result.validationErrors.fieldErrors ?? {});
      return;
    }
    if (result?.serverError || !result?.data) {
      setError(describe(result?.serverError) ?? describe({ code: "error", message: "" }));
      return;
    }
    await authClient.signIn.email({ email: result.data.email, password: input.password });
    // A full page load, so the whole tree (root layout included) renders with the new session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/");
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <TextField label={t("name")} name="name" autoComplete="name" required maxLength={100} error={fieldErrors.name?.length ? describe({ code: "validation", message: "" }) : null} />
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required error={fieldErrors.email?.length ? describe({ code: "validation", message: "" }) : null} />
      <TextField label={t("password")} name="password" type="password" autoComplete="new-password" required minLength={12} hint={t("passwordHint")} error={fieldErrors.password?.length ? t("passwordHint") : null} />
      <TextField label={t("confirm")} name="confirm" type="password" autoComplete="new-password" required error={fieldErrors.confirm?.length ? t("mismatch") : null} />
      <Button type="submit" className="w-full" busy={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

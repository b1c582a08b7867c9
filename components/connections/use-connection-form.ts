"use client";
// What the connection forms share: field errors from zod (validationErrors) and from the services
// (ValidationError.fieldErrors), both as codes translated here, and the last test shown.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PublicError } from "@/lib/errors/public-error";
import type { ConnectionReportDto } from "@/lib/connections/report";
import { useDescribeError } from "@/components/ui/use-describe-error";

type ActionResult<T> = { data?: T; serverError?: PublicError; validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } } | undefined;

export interface TestOutcome {
  report: ConnectionReportDto;
  stored: boolean;
}

export function useConnectionForm() {
  const t = useTranslations("connections.errors");
  const describe = useDescribeError();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const explain = (code: string) => (t.has(code) ? t(code) : t("invalid"));

  /** The result's data, or null after showing its errors next to the fields (or above the form). */
  function take<T>(result: ActionResult<T>): T | null {
    setFieldErrors({});
    setError(null);
    if (result?.data !== undefined) return result.data;
    const fields = { ...(result?.validationErrors?.fieldErrors ?? {}), ...(result?.serverError?.fieldErrors ?? {}) };
    const shown: Record<string, string> = {};
    for (const [field, codes] of Object.entries(fields)) if (codes?.[0]) shown[field] = explain(codes[0]);
    setFieldErrors(shown);
    if (result?.serverError?.reason && t.has(`reason.${result.serverError.reason}`)) setError(t(`reason.${result.serverError.reason}`));
    else if (Object.keys(shown).length) setError(t("fixFields"));
    else setError(describe(result?.serverError) ?? t("invalid"));
    return null;
  }

  return { fieldErrors, error, take, setError };
}

"use client";
// Field errors from the tenant services are codes ("previous-token", "below-minimum-validity"):
// translated here, next to the field; any other failure becomes one message for the whole form.
import { useTranslations } from "next-intl";
import { useDescribeError } from "@/components/ui/use-describe-error";
import type { PublicError } from "@/lib/errors/public-error";

export interface ActionOutcome {
  serverError?: PublicError;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
}

export function useActionErrors() {
  const t = useTranslations("tenant.errors");
  const describe = useDescribeError();
  return (r: ActionOutcome | undefined): { fields: Record<string, string>; form: string | null } => {
    const fields: Record<string, string> = {};
    const raw = { ...(r?.validationErrors?.fieldErrors ?? {}), ...(r?.serverError?.fieldErrors ?? {}) };
    for (const [field, codes] of Object.entries(raw)) {
      const code = codes?.[0];
      if (code) fields[field] = t.has(code) ? t(code) : t("generic");
    }
    const hasFields = Object.keys(fields).length > 0;
    const form = hasFields ? null : r?.serverError ? describe(r.serverError) : r?.validationErrors ? t("generic") : null;
    return { fields, form };
  };
}

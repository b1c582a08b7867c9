"use client";
import { useTranslations } from "next-intl";
import type { PublicError } from "@/lib/errors/public-error";

/** Explains a server error in the user's language: its reason when known, else its code. */
export function useDescribeError() {
  const t = useTranslations("auth.errors");
  return (e: PublicError | null | undefined): string | null => {
    if (!e) return null;
    if (e.reason && t.has(`reason.${e.reason}`)) return t(`reason.${e.reason}`);
    if (e.code === "internal") return t("internal", { ref: e.ref ?? "—" });
    return t.has(e.code) ? t(e.code) : t("error");
  };
}

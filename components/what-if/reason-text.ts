"use client";
import { useTranslations } from "next-intl";
import type { Reason } from "@/lib/domain/types";

/** A reason in the reader's language by its code; the engine's English message if a code is new. */
export function useReasonText() {
  const td = useTranslations("domain");
  return (r: Reason) => (td.has(`reason.${r.code}`) ? td(`reason.${r.code}`) : r.message);
}

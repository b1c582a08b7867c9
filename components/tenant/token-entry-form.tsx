"use client";
// Manual entry of a token (token-entry-fields.tsx). It sits in a disclosure the page shows closed, so
// the form loads right after the first paint rather than with the page (issue 6).
import { useDeferredModule } from "@/components/ui/use-deferred-module";
import type { TokenEntryProps } from "./token-entry-fields";

const loadFields = () => import("./token-entry-fields");

export function TokenEntryForm(props: TokenEntryProps) {
  const fields = useDeferredModule(loadFields);
  return fields ? <fields.TokenEntryFields {...props} /> : null;
}

import type { ReactNode } from "react";

const TONE = {
  error: "border-critical/40 bg-critical-soft text-critical",
  success: "border-ok/40 bg-ok-soft text-ok",
  info: "border-line bg-surface-2 text-ink-2",
} as const;

/** An inline message; errors are announced at once (role="alert"), the others politely. */
export function Notice({ tone, children }: { tone: keyof typeof TONE; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${TONE[tone]}`}>
      {children}
    </div>
  );
}

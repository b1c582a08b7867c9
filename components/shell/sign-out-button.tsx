"use client";
import { useState, type ReactNode } from "react";

/**
 * Ends the session (Better Auth's sign-out endpoint deletes it and clears the cookie), then shows the
 * sign-in page. A plain POST rather than Better Auth's browser client: this button is on every page, and
 * the client would add some 12 kB of JavaScript to each (issue 6). Same-origin fetch sends the Origin
 * header Better Auth checks. Labels and icon come from the server (app-shell.tsx), so the button needs
 * neither next-intl nor the icon library in the browser.
 */
export function SignOutButton({ label, busyLabel, icon }: { label: string; busyLabel: string; icon: ReactNode }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
        // A full page load, not router.push: it also drops the client router's cache of signed-in pages.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in");
      }}
      className="flex items-center gap-1.5 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink-2 hover:text-ink"
    >
      {icon}
      {busy ? busyLabel : label}
    </button>
  );
}

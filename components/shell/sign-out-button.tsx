"use client";
import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";

/** Ends the session (Better Auth deletes it and clears the cookie), then shows the sign-in page. */
export function SignOutButton() {
  const t = useTranslations("auth.account");
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy || undefined}
      onClick={async () => {
        setBusy(true);
        await authClient.signOut();
        // A full page load, not router.push: it also drops the client router's cache of signed-in pages.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in");
      }}
      className="flex items-center gap-1.5 rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink-2 hover:text-ink"
    >
      <LogOut aria-hidden className="size-4" />
      {busy ? t("signingOut") : t("signOut")}
    </button>
  );
}

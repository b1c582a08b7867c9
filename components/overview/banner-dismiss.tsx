"use client";
// The client island of the countdown banner (expiry-banner.tsx renders the text on the server): it hides
// a critical warning dismissed for this browser session (sessionStorage, keyed by the tokens it names, so
// a new critical token shows again); an expired token cannot be dismissed.
import { useState, useSyncExternalStore, type ReactNode } from "react";

const KEY = "eh-banner-dismissed";
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

export function DismissibleBanner({
  signature,
  dismissible,
  label,
  level,
  className,
  dismissLabel,
  dismissIcon,
  children,
}: {
  signature: string;
  dismissible: boolean;
  label: string;
  level: string;
  className: string;
  dismissLabel: string;
  dismissIcon: ReactNode;
  children: ReactNode;
}) {
  const stored = useSyncExternalStore(subscribe, () => sessionStorage.getItem(KEY), () => null);
  const [dismissedNow, setDismissedNow] = useState(false);
  if (dismissible && (dismissedNow || stored === signature)) return null;
  return (
    <div role="region" aria-label={label} data-testid="expiry-banner" data-level={level} className={className}>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {children}
        {dismissible ? (
          <button
            type="button"
            className="ml-auto inline-flex items-center gap-1 rounded px-2 py-1 text-xs text-ink-2 hover:bg-surface/60"
            onClick={() => {
              sessionStorage.setItem(KEY, signature);
              setDismissedNow(true);
            }}
          >
            {dismissIcon}
            {dismissLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}

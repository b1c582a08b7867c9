"use client";
// The countdown banner's client island (banner-dismiss.tsx), hydrated lazily: the banner shows from the
// server's HTML at once, and the code that hides a dismissed one loads after the first paint instead of
// with every dashboard page (components/ui/lazy-hydrated.tsx, issue 6).
import { lazyHydrated } from "@/components/ui/lazy-hydrated";

export const DismissibleBanner = lazyHydrated(() => import("./banner-dismiss").then((m) => m.DismissibleBanner));

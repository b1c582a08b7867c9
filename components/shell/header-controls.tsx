"use client";
// The header's switches (language, theme) and the sign-out button, hydrated lazily: they are on every
// page and need not react in the first instant, so their code loads after the first paint instead of
// with each page (components/ui/lazy-hydrated.tsx, issue 6).
import { lazyHydrated } from "@/components/ui/lazy-hydrated";

export const PreferencesControls = lazyHydrated(() => import("./preferences-controls").then((m) => m.PreferencesControls));
export const SignOutButton = lazyHydrated(() => import("./sign-out-button").then((m) => m.SignOutButton));

"use client";
// The tenant page's thresholds and blackout-day forms (settings-form-fields.tsx), hydrated lazily: they
// are further down the page and need not react in the first instant (components/ui/lazy-hydrated.tsx).
import { lazyHydrated } from "@/components/ui/lazy-hydrated";

const load = () => import("./settings-form-fields");
export const ThresholdsForm = lazyHydrated(() => load().then((m) => m.ThresholdsForm));
export const AddBlackoutForm = lazyHydrated(() => load().then((m) => m.AddBlackoutForm));
export const RemoveBlackoutButton = lazyHydrated(() => load().then((m) => m.RemoveBlackoutButton));

// The per-tenant threshold days as a zod schema, apart from ./countdown.ts so the countdown code the
// browser runs (overview, banner) does not pull zod into the client bundle.
import { z } from "zod";

/** Per-tenant threshold days: 1–8 distinct whole days between 1 and 365. */
export const ThresholdDays = z
  .array(z.int().min(1).max(365))
  .min(1)
  .max(8)
  .refine((days) => new Set(days).size === days.length, { message: "Threshold days must be distinct." });
export type ThresholdDays = z.infer<typeof ThresholdDays>;

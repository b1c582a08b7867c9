import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/**
 * The tenant page's entry to the wizard: opens the run in progress when there is one, else the start
 * page with its preflight and recommendation (`/rotations/new?tenant=<id>`). A server component.
 */
export async function StartRunButton({ tenantId, activeRunId, seState }: { tenantId: string; activeRunId?: string | null; seState?: "DISABLED" | "NOT_ENFORCED" | "ENFORCED" }) {
  const t = await getTranslations("rotations.button");
  const href = activeRunId ? `/rotations/${activeRunId}` : `/rotations/new?tenant=${encodeURIComponent(tenantId)}`;
  const label = activeRunId ? t("open") : seState === "DISABLED" ? t("enable") : t("start");
  return (
    <Link href={href} className="inline-flex items-center justify-center rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-ink hover:opacity-90">
      {label}
    </Link>
  );
}

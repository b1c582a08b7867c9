import type { ReactNode } from "react";
import { ExpiryBanner } from "@/components/overview/expiry-banner";
import { AppShell } from "@/components/shell/app-shell";
import { env } from "@/lib/server/env";
import { getRequestContext, getSignedInUser } from "@/lib/server/request-context";
import { getBannerItems } from "@/lib/services/tenants/banner";

// Every dashboard page reads live data for the signed-in person: never prerender at build time.
export const dynamic = "force-dynamic";

/** Signed-in people only: anonymous visitors are sent to the sign-in page (and back afterwards). */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const [user, ctx] = await Promise.all([getSignedInUser(), getRequestContext()]);
  // The banner's items as a promise: the frame renders while their query runs (issue 6).
  return (
    <AppShell demo={env().DEMO_MODE} user={{ name: user.name, email: user.email, role: user.role }} banner={<ExpiryBanner items={getBannerItems({ ctx })} />}>
      {children}
    </AppShell>
  );
}

import "server-only";
// The countdown banner of every dashboard page: the current tokens of the tenants the person may see
// that are critical or expired. It starts from the same request-scoped load as the
// overview (current-tokens.ts), so the overview page queries once for both.
import { bannerItems, type BannerItem } from "@/lib/domain/urgency";
import type { ServiceContext } from "@/lib/server/context";
import { currentTenantTokens } from "@/lib/services/tenants/current-tokens";

/** Critical or expired tokens the actor can see, expired first. */
export async function getBannerItems({ ctx, now = new Date() }: { ctx: ServiceContext; now?: Date }): Promise<BannerItem[]> {
  // bannerItems passes over tokens without an expiry; open alerts do not rank banner items.
  return bannerItems(await currentTenantTokens(ctx), now);
}

// The overview's JSON shape (GET /api/overview and the server's first render): shared by the service
// that builds it and the client components that show it. No secrets: token values never appear.
import type { OverviewTiles, SeState } from "@/lib/domain/urgency";

export type PlannedChangeName = "enforce" | "rotate-single-token" | "rotate-multi-token";

export interface ReadinessSummary {
  change: PlannedChangeName;
  takenAt: string;
  devices: number;
  refused: number;
  users: number;
  usersRefused: number;
  /** refused now minus refused in the snapshot before (negative: better); null with a single snapshot */
  refusedChange: number | null;
}

/** What the overview shows of a token: its countdown (the page sends every field to the browser, so nothing more). */
export interface OverviewToken {
  id: string;
  kind: "AUTH" | "ENCRYPTION";
  expiresAt: string | null;
}

/** The overview's readiness cell: the tenant page shows the whole ReadinessSummary. */
export type OverviewReadiness = Pick<ReadinessSummary, "change" | "devices" | "refused" | "refusedChange">;

export interface OverviewTenant {
  id: string;
  name: string;
  slug: string;
  region: string | null;
  timeZone: string;
  seState: SeState;
  multiToken: boolean;
  thresholdsDays: number[];
  tokens: OverviewToken[];
  readiness: OverviewReadiness | null;
  nextRotationAt: string | null;
  activeRotation: { id: string } | null;
  openAlerts: number;
  driftedTargets: number;
}

export interface Overview {
  generatedAt: string;
  tiles: OverviewTiles;
  tenants: OverviewTenant[];
}

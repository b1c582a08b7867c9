// What the browser knows of a channel: never its destination, only a hint.
export interface ChannelView {
  id: string;
  kind: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK";
  name: string;
  tenantId: string | null;
  tenantName: string | null;
  targetHint: string;
  escalation: boolean;
  enabled: boolean;
  locale: string;
}

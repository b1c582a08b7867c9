// A token's masked value with Reveal and Copy (token-value-client.tsx), with its icons rendered here.
import { Icon } from "@/components/ui/server-icon";
import { TokenValueClient } from "./token-value-client";

const ICONS = {
  reveal: <Icon name="Eye" aria-hidden className="size-3.5" />,
  hide: <Icon name="EyeOff" aria-hidden className="size-3.5" />,
  copy: <Icon name="Copy" aria-hidden className="size-3.5" />,
  copied: <Icon name="Check" aria-hidden className="size-3.5 text-ok" />,
};

export function TokenValue(props: { tenantId: string; tokenId: string; masked: string; kindLabel: string; canReveal: boolean }) {
  return <TokenValueClient {...props} icons={ICONS} />;
}

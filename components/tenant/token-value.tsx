// A token's masked value with Reveal and Copy (token-value-client.tsx), with its icons rendered here.
import { Check, Copy, Eye, EyeOff } from "lucide-react";
import { TokenValueClient } from "./token-value-client";

const ICONS = {
  reveal: <Eye aria-hidden className="size-3.5" />,
  hide: <EyeOff aria-hidden className="size-3.5" />,
  copy: <Copy aria-hidden className="size-3.5" />,
  copied: <Check aria-hidden className="size-3.5 text-ok" />,
};

export function TokenValue(props: { tenantId: string; tokenId: string; masked: string; kindLabel: string; canReveal: boolean }) {
  return <TokenValueClient {...props} icons={ICONS} />;
}

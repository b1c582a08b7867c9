// Lucide icons for server components, drawn as one element each: a span whose shape is a CSS mask
// over the text colour (app/icons.css, generated from lucide-react by `npm run icons`). An inline
// SVG is 2–6 elements that every server render builds, serialises into the page's RSC payload and
// renders again as HTML; the dashboard frame alone has about 20 icons (issue 6: −0.6 ms per
// overview render, 24 kB less HTML). The icons scale with `size-*` and take the text colour, as
// lucide's SVGs do. Client components keep importing their icons from "lucide-react".
import type { HTMLAttributes } from "react";
import { iconClass, type IconName } from "@/components/ui/icon-names";

export type { IconName } from "@/components/ui/icon-names";

type IconProps = { name: IconName } & Omit<HTMLAttributes<HTMLSpanElement>, "children">;

/** A lucide icon; decorative (hidden from assistive technology) unless given an accessible name. */
export function Icon({ name, className, ...rest }: IconProps) {
  const labelled = "aria-label" in rest || "aria-labelledby" in rest;
  const a11y = labelled ? { role: "img" } : { "aria-hidden": true as const };
  return <span className={className ? `icon ${iconClass(name)} ${className}` : `icon ${iconClass(name)}`} {...a11y} {...rest} />;
}

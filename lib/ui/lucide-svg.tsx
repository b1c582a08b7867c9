// lucide-react's SVG of an icon, drawn in black for a CSS mask, without the class names and the
// aria-hidden lucide puts on it: what app/icons.css holds (build-time and test code; pages never
// import lucide's data).
import * as Lucide from "lucide-react";
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { IconName } from "@/components/ui/icon-names";

export function lucideMaskSvg(name: IconName): string {
  const Component = (Lucide as unknown as Record<string, ComponentType<{ color: string }> | undefined>)[name];
  if (!Component) throw new Error(`lucide-react has no icon ${name}`);
  return renderToStaticMarkup(<Component color="#000" />).replace(/ class="[^"]*"/, "").replace(/ aria-hidden="true"/, "");
}

// lucide-react's SVG of an icon, drawn in black for a CSS mask, without the class names lucide puts
// on it: what app/icons.css holds (build-time and test code; pages never import lucide's data).
import * as Lucide from "lucide-react";
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { IconName } from "@/components/ui/icon-names";

/** lucide-react's component for an icon. */
export function lucideComponent(name: IconName): ComponentType<Record<string, unknown>> {
  const component = (Lucide as unknown as Record<string, ComponentType<Record<string, unknown>> | undefined>)[name];
  if (!component) throw new Error(`lucide-react has no icon ${name}`);
  return component;
}

export function lucideMaskSvg(name: IconName): string {
  const Component = lucideComponent(name);
  return renderToStaticMarkup(<Component color="#000" aria-hidden={undefined} />).replace(/ class="[^"]*"/, "").replace(/ aria-hidden="true"/, "");
}

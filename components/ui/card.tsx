import type { ReactNode } from "react";

export function Card({ children, className = "", tabIndex }: { children: ReactNode; className?: string; tabIndex?: number }) {
  return (
    <section className={`rounded-lg border border-line bg-surface shadow-sm ${className}`} tabIndex={tabIndex}>
      {children}
    </section>
  );
}

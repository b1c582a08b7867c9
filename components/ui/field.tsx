import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

const control = "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink aria-[invalid=true]:border-critical";

function Frame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string | null; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink-2">
        {label}
      </label>
      {children}
      {hint ? <p id={`${id}-hint`} className="mt-1 text-xs text-ink-3">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="mt-1 text-xs text-critical">{error}</p> : null}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string | null) => [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/** A labelled input with an optional hint and an error shown next to it. */
export function TextField({ label, hint, error, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string | null }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input id={id} {...props} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} />
    </Frame>
  );
}

/** A labelled select. */
export function SelectField({ label, hint, error, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; hint?: string; error?: string | null }) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select id={id} {...props} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control}>
        {children}
      </select>
    </Frame>
  );
}

import type { ReactNode } from "react";

export function PageHeader({ title, eyebrow, children }: { title: string; eyebrow?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6">
      {eyebrow ? <div className="mb-1 text-sm text-stone-500">{eyebrow}</div> : null}
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
      {children ? <div className="mt-2 max-w-3xl text-stone-600">{children}</div> : null}
    </div>
  );
}

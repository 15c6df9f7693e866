import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <p className="font-medium text-stone-700">{title}</p>
      {children ? <div className="mt-1 text-sm text-stone-500">{children}</div> : null}
    </div>
  );
}

"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-stone-600">Something went wrong on our side. Nothing you did was lost or changed.</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:border-stone-500">
        Try again
      </button>
    </div>
  );
}

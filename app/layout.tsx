import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./_components/nav-link";
import { SiteSearch } from "./_components/site-search";
import { UserMenu } from "./_components/user-menu";
import "./globals.css";

// Every page shows who is signed in, so none can be prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Hindsight", template: "%s · Hindsight" },
  description: "Who called it right? Forecasts from the news, checked against what happened.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
              Hindsight
            </Link>
            <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
              <NavLink href="/questions">Questions</NavLink>
              <NavLink href="/forecasters">Forecasters</NavLink>
              <NavLink href="/topics">Topics</NavLink>
              <NavLink href="/sources">Sources</NavLink>
            </nav>
            <SiteSearch id="site-search" label="Search Hindsight" />
            <div className="ml-auto">
              <UserMenu />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 pt-4 text-xs text-stone-500">
          Hindsight — forecasts from the news, checked against what happened.{" "}
          <Link className="underline" href="/about/scoring">
            How scores work
          </Link>{" "}
          · Data export:{" "}
          <a className="underline" href="/api/v1/export">
            /api/v1/export
          </a>
        </footer>
      </body>
    </html>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./_components/nav-link";
import { PhoneMenu } from "./_components/phone-menu";
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
          <div className="relative mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:gap-x-6">
            <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
              Hindsight
            </Link>
            <SiteSearch id="site-search" label="Search Hindsight" />
            {/* On a phone the links wait behind "Menu", so that the header stays one row. */}
            <PhoneMenu className="open-when-wide ml-auto sm:ml-0 sm:flex-1">
              <summary className="cursor-pointer list-none rounded border border-stone-300 px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">Menu</summary>
              <div className="absolute inset-x-4 top-full z-10 mt-1 flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg sm:static sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6 sm:border-0 sm:p-0 sm:shadow-none">
                <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
                  <NavLink href="/questions">Questions</NavLink>
                  <NavLink href="/forecasters">Forecasters</NavLink>
                  <NavLink href="/topics">Topics</NavLink>
                  <NavLink href="/sources">Sources</NavLink>
                </nav>
                <div className="sm:ml-auto">
                  <UserMenu />
                </div>
              </div>
            </PhoneMenu>
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

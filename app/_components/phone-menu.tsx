"use client";

// The header's links on a phone, behind "Menu". Pages change without a reload and the header
// stays, so the menu closes itself when the page changes.
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

export function PhoneMenu({ children, className }: { children: ReactNode; className: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const openedOn = useRef(pathname);
  useEffect(() => {
    if (openedOn.current === pathname) return;
    openedOn.current = pathname;
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className={className}>
      {children}
    </details>
  );
}

// The links above a record's title: its list, then what the reader may do to it, joined by " · ".
import Link from "next/link";
import { Fragment } from "react";

export type EyebrowLink = { href: string; label: string };

export function EyebrowLinks({ links }: { links: Array<EyebrowLink | false> }) {
  const shown = links.filter((link): link is EyebrowLink => link !== false);
  return shown.map((link, i) => (
    <Fragment key={link.href}>
      {i > 0 ? " · " : null}
      <Link href={link.href} className="underline">
        {link.label}
      </Link>
    </Fragment>
  ));
}

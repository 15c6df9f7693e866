// What a request's address may hold before any route reads it: percent-encoding that
// decodes, and no control characters once decoded. Checked once, for pages and API alike
// (proxy.ts), so that no route meets a NUL in an id or a half-encoded character.
import { hasControlCharacter } from "../text/control-characters";

function decodes(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Why the address `pathname` + `search` (both as sent, still encoded) cannot be read, or null. */
export function problemWithRequestTarget(pathname: string, search: string): string | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  const parts = [...pathname.split("/"), ...query.split(/[&=]/).map((p) => p.replace(/\+/g, " "))];
  for (const part of parts) {
    const decoded = decodes(part);
    if (decoded === null) return "The address holds a malformed %-escape: the link may have been cut short or copied wrongly.";
    if (hasControlCharacter(decoded)) return "The address holds control characters (such as NUL), which no Hindsight address has.";
  }
  return null;
}

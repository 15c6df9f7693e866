// Prisma's `contains` builds a LIKE pattern without escaping it, so a typed "%" or "_" would
// match everything. PostgreSQL's LIKE escapes with a backslash by default.
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Where the known speakers hold a body by its name. Pure.
/** The key under which the known speakers hold a body by its name ("Acme Insight" said before is a body, not a person). */
export function organisationKey(name: string): string {
  return `#organisation:${name.replace(/^the\s+/i, "").toLowerCase()}`;
}

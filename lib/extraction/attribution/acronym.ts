// An acronym that names a body ("UBS", "NIESR", "NOAA"), not a role ("PM", "CEO", "MP"). Pure.
const ROLES = /^(?:PM|CEO|CFO|COO|CTO|CIO|MP|MPs|MEP|MSP|GP|VP|DA|AG|PR|HR|QC|KC)$/;

/** True for two to six capital letters that are no abbreviation of a person's role. */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word) && !ROLES.test(word);
}

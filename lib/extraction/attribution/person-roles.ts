// What a named person is ("Helga Brandt, chief economist at Nordbank", "Finance Minister Ana
// Costa"), so that "the minister" later is not taken for the economist named last. Pure.
import type { Speaker } from "./speaker";

// Offices of state against trades of expertise: "the minister" may point back to a person named
// as a minister or with no role given, never to one named as an economist, and the reverse.
const OFFICE =
  /^(?:minister|premier|chancellor|president|senator|lawmaker|congressman|congresswoman|mayor|ambassador|diplomat|envoy|governor|secretary|spokes(?:man|woman|person)|general|commander|official)$/;
const EXPERT =
  /^(?:expert|analyst|economist|strategist|scholar|researcher|scientist|professor|pollster|commentator|historian|forecaster|meteorologist|epidemiologist|virologist|consultant|lecturer|academic|specialist)$/;

/** "office" or "expert" for a role's head noun; null for one of neither kind ("chief", "director"). */
export function roleKind(head: string): "office" | "expert" | null {
  const word = head.toLowerCase();
  if (OFFICE.test(word)) return "office";
  if (EXPERT.test(word)) return "expert";
  return null;
}

const WORD = /[\p{L}-]+/gu;

/**
 * The kinds of role a sentence gives a person it names: the word just before the name ("finance
 * minister Ana Costa", "said analyst Priya Nand") and a description just after it, set off by a
 * comma or "is" ("Helga Brandt, chief economist at Nordbank", "Jo Hale is a professor of law").
 */
export function rolesAround(sentence: string, name: string): Set<"office" | "expert"> {
  const kinds = new Set<"office" | "expert">();
  const at = sentence.indexOf(name);
  if (at < 0) return kinds;
  // The word right before the name is a title's head ("finance minister Ana Costa"); one further
  // back is as often the subject's ("the minister met Jo Hale").
  const before = /([\p{L}-]+)\s+$/u.exec(sentence.slice(Math.max(0, at - 40), at))?.[1] ?? "";
  const after = /^(?:,|\s+(?:is|was|has\s+been))\s+((?:[\p{L}’'-]+\s+){0,11}[\p{L}-]+)/u.exec(sentence.slice(at + name.length))?.[1] ?? "";
  for (const word of [before, ...(after.match(WORD) ?? [])]) {
    const kind = roleKind(word);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/** Key under which the known speakers hold a person by a kind of role they were named with. */
export const roleKey = (kind: "office" | "expert", person: Speaker | string) => `#role:${kind}:${typeof person === "string" ? person : person.name}`;

/** Remembers the kinds of role a sentence gives a person, beside the last person of each kind. */
export function rememberRoles(known: Map<string, Speaker>, person: Speaker, sentence: string): void {
  for (const kind of rolesAround(sentence, person.name)) {
    known.set(roleKey(kind, person), person);
    known.set(`#role:${kind}`, person);
  }
}

/**
 * Whom "the <role>" points back to, given the person it would point to by position (the last
 * speaker, or the person named last): that person, unless they were named with a role of the other
 * kind only ("the minister" after "Helga Brandt, chief economist"); then the person last named with
 * a role of the same kind, or no one. A role of neither kind ("the chief") keeps the candidate.
 */
export function personByRole(options: { head: string; candidate: Speaker | undefined; known?: ReadonlyMap<string, Speaker> }): Speaker | null {
  const { head, candidate, known } = options;
  const kind = roleKind(head);
  if (!kind || !candidate) return candidate ?? null;
  const other = kind === "office" ? "expert" : "office";
  if (known?.has(roleKey(kind, candidate)) || !known?.has(roleKey(other, candidate))) return candidate;
  return known.get(`#role:${kind}`) ?? null;
}

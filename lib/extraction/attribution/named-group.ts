// The poll, survey or group a sentence tells of, whether or not the sentence forecasts: "A
// Harbour Gazette survey of 30 fund managers was published on Monday.", "Bookmakers make Ghana
// the favourite." Later counts ("Seventeen said …"), "others" and a consensus speak for it. Pure;
// English news style.
import type { Speaker } from "./speaker";
import { unnamedGroup } from "./unnamed-group";

// A sentence that opens on a group of people as its subject: "Bookmakers make …", "Most fund
// managers expect …" (a determiner or quantifier, up to two lowercase words, a plural noun, a verb).
const GROUP_SUBJECT = /^(?:(?:the|some|many|most|several|few|all)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+s(?=\s+\p{Ll}+)/u;

/** The poll, survey or group of people `sentence` names, as the group it speaks for, or null. */
export function namedGroup(sentence: string): Speaker | null {
  // A poll as a noun after its article or maker ("a Reuters poll of", "the survey"), not "Polls close at 10pm".
  const clause = sentence
    .split(/[,;:—]/)
    .find((part) =>
      /(?:\b(?:a|an|the|its|their|latest|new|recent|another)\s+|\p{Lu}\S*\s+)(?:[\p{L}-]+\s+){0,3}?(?:polls?|surveys?)\b(?!\s+(?:close|closed|closes|open|opened|opens|station))/u.test(
        part,
      ),
    );
  if (clause) return unnamedGroup(clause);
  const lowered = sentence.trim().replace(/^\p{Lu}/u, (first) => first.toLowerCase());
  const subject = GROUP_SUBJECT.exec(lowered);
  const group = subject ? unnamedGroup(subject[0]) : null;
  // "Others believe …", "Many say …": a quantifier alone names no group; it speaks for one.
  if (
    !subject ||
    !group ||
    /^(?:Government official|Markets) /.test(group.name) ||
    /\b(?:polls?|surveys?|study|report|analysis|simulations?)\b/i.test(group.name) ||
    /^(?:(?:the|some|many|most|several|few|all)\s+)?others$/.test(subject[0])
  )
    return null;
  return group.name === "Experts (unnamed)" && !/\bexperts?\b/.test(subject[0]) ? null : group;
}

import { describe, expect, test } from "vitest";
import { personByRole, rememberRoles, roleKind, rolesAround } from "./person-roles";
import type { Speaker } from "./speaker";

const person = (name: string): Speaker => ({ name, kind: "PERSON" });

describe("roleKind", () => {
  test.each([
    ["minister", "office"],
    ["Governor", "office"],
    ["spokeswoman", "office"],
    ["economist", "expert"],
    ["analyst", "expert"],
    ["chief", null],
    ["director", null],
    ["ministers", null],
  ])("%s → %s", (head, kind) => {
    expect(roleKind(head)).toBe(kind);
  });
});

describe("rolesAround", () => {
  test.each([
    ["Growth may slow, warned Helga Brandt, chief economist at Nordbank.", "Helga Brandt", ["expert"]],
    ["Finance Minister Ana Costa spoke on Monday.", "Ana Costa", ["office"]],
    ["The rise will last, said analyst Priya Nand of Castell.", "Priya Nand", ["expert"]],
    ["Jo Hale is a professor of law at Leeds.", "Jo Hale", ["expert"]],
    ["Jo Hale has been the region's governor since 2019.", "Jo Hale", ["office"]],
    // A role in another clause, or a person named with none, gives none.
    ["The minister met Jo Hale, who runs a bakery.", "Jo Hale", []],
    ["Jo Hale spoke to the economist on Friday.", "Jo Hale", []],
    ["The economist, as usual, was late; Jo Hale was not.", "Jo Hale", []],
    ["Nobody was named here.", "Jo Hale", []],
  ])("%s", (sentence, name, kinds) => {
    expect([...rolesAround(sentence, name)]).toEqual(kinds);
  });
});

describe("personByRole", () => {
  const known = new Map<string, Speaker>();
  const brandt = person("Helga Brandt");
  const costa = person("Ana Costa");
  const reed = person("Tom Reed");
  rememberRoles(known, brandt, "Growth may slow, warned Helga Brandt, chief economist at Nordbank.");
  rememberRoles(known, costa, "Finance Minister Ana Costa spoke on Monday.");

  test("the candidate named with a role of the same kind", () => {
    expect(personByRole({ head: "minister", candidate: costa, known })).toBe(costa);
    expect(personByRole({ head: "analyst", candidate: brandt, known })).toBe(brandt);
  });

  test("a candidate named with the other kind of role only gives way to the last of this kind", () => {
    expect(personByRole({ head: "economist", candidate: costa, known })).toBe(brandt);
    expect(personByRole({ head: "official", candidate: brandt, known })).toBe(costa);
  });

  test("no one of this kind named: no one", () => {
    const onlyExpert = new Map<string, Speaker>();
    rememberRoles(onlyExpert, brandt, "Growth may slow, warned Helga Brandt, chief economist at Nordbank.");
    expect(personByRole({ head: "minister", candidate: brandt, known: onlyExpert })).toBeNull();
  });

  test("a candidate named with no role, or a role of neither kind, keeps the role's reference", () => {
    expect(personByRole({ head: "minister", candidate: reed, known })).toBe(reed);
    expect(personByRole({ head: "chief", candidate: brandt, known })).toBe(brandt);
    expect(personByRole({ head: "minister", candidate: undefined, known })).toBeNull();
  });
});

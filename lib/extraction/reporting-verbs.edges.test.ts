// Every verb of saying, thinking and forecasting attributes the sentence it reports to its
// subject, before or after the claim; a made-up verb does not. And the forms English makes of them.
import { describe, expect, test } from "vitest";
import { extractCandidates } from "./extract-candidates";
import { REPORTING_VERB_FORMS } from "./reporting-verbs";

const speakers = (text: string) => extractCandidates({ text, outlet: "The Outlet" }).map((c) => c.forecaster.name);

describe("reporting verbs", () => {
  test.each([
    "acknowledged",
    "added",
    "admitted",
    "affirmed",
    "alleged",
    "announced",
    "anticipated",
    "argued",
    "asserted",
    "assessed",
    "assumed",
    "calculated",
    "cautioned",
    "claimed",
    "commented",
    "conceded",
    "concluded",
    "confirmed",
    "contended",
    "continued",
    "declared",
    "emphasised",
    "emphasized",
    "envisaged",
    "envisioned",
    "estimated",
    "explained",
    "expected",
    "feared",
    "figured",
    "forecast",
    "forecasted",
    "guessed",
    "hinted",
    "hoped",
    "indicated",
    "insisted",
    "judged",
    "maintained",
    "mentioned",
    "noted",
    "observed",
    "opined",
    "pointed out",
    "posited",
    "predicted",
    "projected",
    "reasoned",
    "reckoned",
    "remarked",
    "repeated",
    "replied",
    "reported",
    "responded",
    "revealed",
    "signalled",
    "signaled",
    "speculated",
    "stated",
    "stressed",
    "suggested",
    "surmised",
    "suspected",
    "testified",
    "urged",
    "warned",
    "wondered",
    "believed",
    "doubted",
    "wrote",
    "thought",
    "said",
    "wagered",
    "agreed",
    "showed",
    "found",
    "went on",
  ])("Jane Roe %s that …", (verb) => {
    expect(speakers(`Jane Roe ${verb} that the talks will probably fail.`)).toEqual(["Jane Roe"]);
  });

  test.each(["says", "warns", "argues", "guesses", "replies", "testifies", "wagers", "writes", "thinks", "foresees", "reckons", "hints"])(
    "… , Jane Roe %s",
    (verb) => {
      expect(speakers(`The talks will probably fail, Jane Roe ${verb}.`)).toEqual(["Jane Roe"]);
    },
  );

  test("a verb that is not one of saying leaves the claim with the outlet", () => {
    expect(speakers("Jane Roe blorped that the talks will probably fail.")).toEqual(["The Outlet"]);
    expect(speakers("The talks will probably fail, Jane Roe blorped.")).toEqual(["The Outlet"]);
  });
});

describe("the forms of a reporting verb", () => {
  const has = (form: string) => REPORTING_VERB_FORMS.includes(form);

  test.each([
    ["warn", ["warn", "warns", "warned", "warning"]],
    ["argue", ["argue", "argues", "argued", "arguing"]],
    ["reply", ["reply", "replies", "replied", "replying"]],
    ["guess", ["guesses", "guessed", "guessing"]],
    ["foresee", ["foresee", "foresees", "foreseeing", "foresaw", "foreseen"]],
    ["signal", ["signalled", "signalling", "signaled", "signaling"]],
    ["admit", ["admit", "admits", "admitted", "admitting"]],
    ["say", ["say", "says", "saying", "said"]],
    ["tell", ["tell", "tells", "telling", "told"]],
    ["write", ["write", "writes", "writing", "wrote", "written"]],
    ["show", ["shows", "showed", "shown"]],
    ["find", ["finds", "found"]],
    ["forecast", ["forecasts", "forecast", "forecasted", "forecasting"]],
  ])("%s", (_stem, expected) => {
    for (const form of expected) expect(has(form), form).toBe(true);
  });

  test("no regular past is made for irregular verbs", () => {
    for (const form of ["sayed", "telled", "writed", "thinked", "seed", "finded", "showwed", "foreseed", "foresed"]) expect(has(form), form).toBe(false);
  });

  test("forms as common in another sense are left out: nouns and sight", () => {
    for (const form of [
      "saw",
      "seen",
      "seeing",
      "point",
      "figure",
      "state",
      "project",
      "report",
      "reports",
      "fear",
      "hope",
      "hopes",
      "doubt",
      "bet",
      "bets",
      "note",
      "comment",
      "estimate",
      "stresses",
    ]) {
      expect(has(form), form).toBe(false);
    }
    for (const form of ["pointed out", "points out", "went on", "reported", "hoped", "noted", "estimated"]) expect(has(form), form).toBe(true);
  });

  test("longest first, so that a longer form is tried before its stem", () => {
    for (let i = 1; i < REPORTING_VERB_FORMS.length; i++) expect(REPORTING_VERB_FORMS[i - 1].length).toBeGreaterThanOrEqual(REPORTING_VERB_FORMS[i].length);
    expect(new Set(REPORTING_VERB_FORMS).size).toBe(REPORTING_VERB_FORMS.length);
  });
});

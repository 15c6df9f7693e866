// Round eighteen's speaker rules: a leading concession is the main clause's view, reporting verbs
// in the progressive ("are pointing out") and in forms that are nouns elsewhere ("project that",
// "calls for"), a pronoun with its auxiliary ("It’s"), an imperative's "Don’t", a body described
// but not named ("a steel industry group"), "according to the data", a model named by its owner,
// a carried figure that keeps the report's figures going, and an unnamed group heard far back that
// goes on only on its subject. Sentences of our own; each asks the
// attribution functions directly.
import { describe, expect, test } from "vitest";
import { attributeSpeaker } from "./attribute-speaker";
import { carrySource } from "./carry-source";
import { publishedSource } from "./published-source";
import { LAST_ORGANISATION, type Speaker } from "./speaker";
import { subjectBeforeVerb } from "./subject-before-verb";
import { unnamedGroup } from "./unnamed-group";

const outlet: Speaker = { name: "The Test Ledger", kind: "OUTLET" };
const whoSays = (paragraph: string, cue: string, previous: Speaker | null = null, known?: ReadonlyMap<string, Speaker>) =>
  attributeSpeaker({ paragraph, at: paragraph.indexOf(cue), previous, outlet, known }).name;

describe("a leading concession with no speaker of its own", () => {
  test("is the view of the main clause's subject when that subject forecasts", () => {
    const text = "While 2026 will be a hard year for tablets, Canalys is forecasting a recovery by 2027.";
    expect(whoSays(text, "will be")).toBe("Canalys");
  });

  test("a concession that names its own speaker keeps it", () => {
    const text = "While analysts expect a cut in May, the Vale Bank is forecasting a hold.";
    expect(whoSays(text, "a cut")).toBe("Analysts (unnamed)");
  });

  test("not when the main clause's subject makes a claim of another kind", () => {
    expect(whoSays("While prices will rise, critics say the plan is flawed.", "will rise")).toBe("The Test Ledger");
  });

  test("not when the main clause's subject says nothing", () => {
    expect(whoSays("While 2026 will be a hard year for tablets, Canalys shipped more phones.", "will be")).toBe("The Test Ledger");
  });
});

describe("reporting verbs the class missed", () => {
  test("in the progressive, 'are pointing out' is active, not a passive", () => {
    expect(subjectBeforeVerb("Weather scientists are pointing out that next year ")?.subject).toBe("Weather scientists");
    expect(whoSays("Now, weather scientists are pointing out that next year may break the record.", "may")).toBe("Weather scientists (unnamed)");
  });

  test("a passive is still no speaker ('prices are forecast to')", () => {
    expect(subjectBeforeVerb("Copper prices are forecast to ")).toBeNull();
  });

  test("'project that' is a verb of forecasting; 'the project' is not", () => {
    expect(whoSays("Analysts project that the copper price, which rose last year, will keep rising.", "will")).toBe("Analysts (unnamed)");
    expect(subjectBeforeVerb("The bridge project ")).toBeNull();
    expect(subjectBeforeVerb("The project that the council approved ")).toBeNull();
  });

  test("a forecaster's 'calls for' and 'is calling for' say what it forecasts", () => {
    expect(subjectBeforeVerb("The outlook calls for ")?.subject).toBe("The outlook");
    expect(subjectBeforeVerb("Forecasters are calling for ")?.subject).toBe("Forecasters");
  });

  test("a demand made ('called for an inquiry') does not reach the forecast in the clause after it", () => {
    const text = "Opposition leaders called for an inquiry, and the deficit will likely widen next year.";
    expect(whoSays(text, " next year")).toBe("The Test Ledger");
  });
});

describe("pronouns and imperatives", () => {
  const cpc: Speaker = { name: "Climate Prediction Center", kind: "ORGANISATION" };
  test.each([
    ["It’s now calling for a 65% chance of an active season.", "It"],
    ["They're betting that rates will fall.", "They"],
  ])("%s: the pronoun without its auxiliary", (text, subject) => {
    expect(subjectBeforeVerb(text)?.subject).toBe(subject);
  });

  test("'It’s now calling for …' is the body heard before", () => {
    const known = new Map([[LAST_ORGANISATION, cpc]]);
    expect(whoSays("It’s now calling for a 65% chance this season will be above normal.", "65%", cpc, known)).toBe("Climate Prediction Center");
  });

  // The cue "expect" ends where the forecast's words begin: that is where the speaker is asked for.
  test.each(["Don’t", "Don't", "Won’t"])("'%s expect …' has no subject: not a name", (word) => {
    expect(whoSays(`${word} expect the drought to end soon.`, " the drought")).toBe("The Test Ledger");
  });

  test("an imperative with a credit at its end is the credited group's", () => {
    expect(whoSays("Don’t expect the drought to end soon, water researchers say.", " the drought")).toBe("Water researchers (unnamed)");
  });
});

describe("a body described, not named", () => {
  test.each([
    ["A steel industry group", "Steel industry groups (unnamed)"],
    ["a Washington think tank", "Washington think tanks (unnamed)"],
    ["The farm lobby group", "Farm lobby groups (unnamed)"],
  ])("%s is an unnamed group by its own words", (subject, name) => {
    expect(unnamedGroup(subject)).toEqual({ name, kind: "UNNAMED_GROUP" });
  });

  test("not any group: 'the group' alone names none", () => {
    expect(unnamedGroup("the group")).toBeNull();
  });
});

describe("whose data and whose model", () => {
  const kiel: Speaker = { name: "Kiel Institute", kind: "ORGANISATION" };
  test("'According to the data, …' is the body heard last", () => {
    const known = new Map([[LAST_ORGANISATION, kiel]]);
    expect(whoSays("According to the data, Spain have a 21% chance of winning.", "21%", null, known)).toBe("Kiel Institute");
  });

  test.each(["figures", "projections", "findings"])("so is 'according to the %s,'", (noun) => {
    const known = new Map([[LAST_ORGANISATION, kiel]]);
    expect(whoSays(`According to the ${noun}, Spain have a 21% chance of winning.`, "21%", null, known)).toBe("Kiel Institute");
  });

  test("'Thanks to Opta's supercomputer, we can look at the favourites' names whose figures follow", () => {
    expect(publishedSource({ sentence: "Thanks to Vantor's fabled supercomputer, we can take a closer look at the favourites.", previous: null })).toEqual({
      name: "Vantor",
      kind: "ORGANISATION",
    });
  });

  test("not a model of years past, a product's new model, nor a day's forecasts", () => {
    expect(publishedSource({ sentence: "In 2016, Vantor's forecast model missed the winner.", previous: null })).toBeNull();
    expect(publishedSource({ sentence: "Toyota's new model went on sale in May.", previous: null })).toBeNull();
    expect(publishedSource({ sentence: "Thursday's forecasts showed heavy rain.", previous: null })).toBeNull();
  });
});

describe("a figure carried to the report's body", () => {
  const vantor: Speaker = { name: "Vantor", kind: "ORGANISATION" };
  // The third sentence is carried on its subject ("favourites"); the fourth shares none with the
  // report, and goes on because the third renewed it.
  test("on the report's subject, it keeps the next figure going after a sentence of the writer's own", () => {
    const read = carrySource({
      candidates: [
        { quote: "Thanks to Vantor's model, we can look at the favourites.", forecaster: vantor, mention: true },
        { quote: "Hot on their heels will be France.", forecaster: outlet },
        { quote: "Spain are given a 19% chance of glory despite being the favourites.", forecaster: outlet },
        { quote: "with Italy offered a 30% chance of reaching the final.", forecaster: outlet },
      ],
    });
    expect(read.map((c) => c.forecaster.name)).toEqual(["Vantor", "The Test Ledger", "Vantor", "Vantor"]);
  });
});

describe("an unnamed group of people heard far back", () => {
  const forecasters: Speaker = { name: "Forecasters (unnamed)", kind: "UNNAMED_GROUP" };
  const filler = " Other news of the week.".repeat(20); // more than a sentence or two between them
  const far = (quote: string, source: Speaker) =>
    carrySource({
      candidates: [
        { quote: "Forecasters expect the winter to be colder than normal.", forecaster: source, start: 0, end: 55 },
        { quote, forecaster: outlet, start: 55 + filler.length, end: 55 + filler.length + quote.length },
      ],
    }).map((c) => c.forecaster.name);

  test("does not carry to a forecast on another subject", () => {
    expect(far("Demand from factories is expected to stay flat.", forecasters)).toEqual(["Forecasters (unnamed)", "The Test Ledger"]);
  });

  test("still carries on its own subject", () => {
    expect(far("The winter is expected to bring snow in January.", forecasters)).toEqual(["Forecasters (unnamed)", "Forecasters (unnamed)"]);
  });

  test("a poll or the betting goes on as a report does", () => {
    const poll: Speaker = { name: "Survey of economists", kind: "UNNAMED_GROUP" };
    expect(far("Demand from factories is expected to stay flat.", poll)).toEqual(["Survey of economists", "Survey of economists"]);
  });

  test("near, the group goes on whatever the subject", () => {
    const read = carrySource({
      candidates: [
        { quote: "Forecasters expect the winter to be colder than normal.", forecaster: forecasters, start: 0, end: 55 },
        { quote: "Demand from factories is expected to stay flat.", forecaster: outlet, start: 56, end: 104 },
      ],
    });
    expect(read.map((c) => c.forecaster.name)).toEqual(["Forecasters (unnamed)", "Forecasters (unnamed)"]);
  });
});

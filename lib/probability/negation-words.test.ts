// Every negation word turns a phrase's band round, within four words before it and not further.
import { describe, expect, test } from "vitest";
import { interpretPhrase, locatePhrase, normalisePhrase, words } from "./interpret-phrase";

describe("negation", () => {
  // "probable" alone reads "likely"; negated it reads "unlikely".
  test.each([
    ["not", "it is not at all probable today"],
    ["no", "no analyst thinks it probable today"],
    ["never", "it was never thought probable today"],
    ["nor", "nor is it probable today"],
    ["neither", "neither side finds it probable today"],
    ["hardly", "it is hardly probable today"],
    ["don't", "I don't find it probable today"],
    ["don’t (curly apostrophe)", "I don’t find it probable today"],
    ["doesn't", "she doesn't find it probable today"],
    ["isn't", "it isn't probable today"],
    ["aren't", "they aren't probable today"],
    ["didn't", "we didn't find it probable today"],
    ["cannot", "we cannot call it probable today"],
  ])("%s: %s", (_word, text) => {
    const reading = interpretPhrase(text)!;
    expect(reading).toMatchObject({ matched: "probable", negated: true });
    expect(reading.band.key).toBe("unlikely");
  });

  test("'not only' adds to a claim and 'No. 1' is a rank: neither denies the phrase after it", () => {
    expect(interpretPhrase("Not only will she win the final")).toMatchObject({ matched: "will", negated: false });
    expect(interpretPhrase("after beating No. 1 Ostrava, she will win the final")).toMatchObject({ matched: "will", negated: false });
    expect(interpretPhrase("not only")).toBeNull();
    // "no" before a word, and "not" before anything but "only", still deny.
    expect(interpretPhrase("no one will win the final")).toMatchObject({ negated: true });
    expect(interpretPhrase("not once will she win the final")).toMatchObject({ negated: true });
  });

  test("a negation four words before the phrase counts, five words before does not", () => {
    expect(interpretPhrase("not, in my view, probable")).toMatchObject({ negated: true });
    expect(interpretPhrase("not, in my own view, probable")).toMatchObject({ negated: false });
    expect(interpretPhrase("not, in my own view, probable")?.band.key).toBe("likely");
  });

  test("a word that only looks like a negation does not turn the band", () => {
    expect(interpretPhrase("notably, it is probable")).toMatchObject({ negated: false });
    expect(interpretPhrase("the knot is probable")).toMatchObject({ negated: false });
  });

  test("a negation after the phrase does not count", () => {
    expect(interpretPhrase("it is probable, not certain")).toMatchObject({ matched: "probable", negated: false });
    expect(interpretPhrase("probable or not")).toMatchObject({ negated: false, matched: "probable" });
  });
});

describe("locatePhrase", () => {
  test("gives the phrase's place in the original text", () => {
    const text = "Officials say a deal is highly likely before June.";
    const found = locatePhrase(text)!;
    expect(text.slice(found.start, found.end)).toBe("highly likely");
    expect(found).toMatchObject({ matched: "highly likely", negated: false, start: 24, end: 37 });
  });

  test("of two phrases as long, the earlier wins; a longer one wins wherever it is", () => {
    expect(locatePhrase("it is doubtful, though probable")?.matched).toBe("doubtful");
    expect(locatePhrase("it is doubtful, though highly probable")?.matched).toBe("highly probable");
  });

  test("earliest: the earliest phrase of any length", () => {
    expect(locatePhrase("it is doubtful, though highly probable", { earliest: true })?.matched).toBe("doubtful");
  });

  test("leaves out excluded entries and single words the caller skips", () => {
    expect(locatePhrase("it is doubtful, though probable", { exclude: new Set(["doubtful"]) })?.matched).toBe("probable");
    expect(locatePhrase("it is doubtful, though probable", { skipWord: (list, at) => list[at].word === "doubtful" })?.matched).toBe("probable");
    // skipWord is for single words only: "highly probable" is two.
    expect(locatePhrase("highly probable", { skipWord: () => true })?.matched).toBe("highly probable");
  });

  test("nothing to find in a text without words", () => {
    expect(locatePhrase("!!! ...")).toBeNull();
  });

  test("a phrase cut off by the end of the text does not match", () => {
    expect(locatePhrase("the odds are")?.matched).toBe("the odds are");
    expect(locatePhrase("almost no")).toBeNull();
  });
});

describe("words and their normal form", () => {
  test("letters, digits, apostrophes and hyphens make words; their offsets are the text's", () => {
    expect(words("It’s a fifty-fifty call, 50 per cent.")).toEqual([
      { word: "it's", start: 0, end: 4, original: "It’s" },
      { word: "a", start: 5, end: 6, original: "a" },
      { word: "fifty-fifty", start: 7, end: 18, original: "fifty-fifty" },
      { word: "call", start: 19, end: 23, original: "call" },
      { word: "50", start: 25, end: 27, original: "50" },
      { word: "per", start: 28, end: 31, original: "per" },
      { word: "cent", start: 32, end: 36, original: "cent" },
    ]);
    expect(words("—, …")).toEqual([]);
  });

  test("normalises every kind of apostrophe, drops other marks and spaces", () => {
    expect(normalisePhrase("Won‘t")).toBe("won't");
    expect(normalisePhrase("Won’t")).toBe("won't");
    expect(normalisePhrase("Wonʼt")).toBe("won't");
    expect(normalisePhrase("  toss-up?!  ")).toBe("toss-up");
    expect(normalisePhrase("a\t\tb\nc")).toBe("a b c");
  });
});

describe("idioms of no chance said under a negation", () => {
  test("'doesn't stand a snowball's chance' and 'nobody has a snowball's chance' are both almost no chance", () => {
    expect(interpretPhrase("He doesn't stand a snowball's chance of winning")).toMatchObject({ negated: true, band: { key: "almost-no-chance" } });
    expect(interpretPhrase("nobody has a snowball's chance of a majority")?.band.key).toBe("almost-no-chance");
    // Other phrases still turn round: "no chance" denied is not "no chance".
    expect(interpretPhrase("it is not impossible")?.band.key).toBe("unlikely");
  });
});

describe("what is denied to be possible", () => {
  test("'is not possible' is almost no chance, not an even chance turned round", () => {
    expect(interpretPhrase("a military victory is not possible")).toMatchObject({ negated: true, band: { key: "almost-no-chance" } });
    expect(interpretPhrase("a deal isn't possible this year")?.band.key).toBe("almost-no-chance");
  });

  test("'possible' alone, and other even-chance words denied, keep their readings", () => {
    expect(interpretPhrase("a deal is possible")?.band.key).toBe("roughly-even");
    expect(interpretPhrase("it is not a toss-up")?.band.key).toBe("roughly-even");
  });
});

describe("a possibility ranked below another", () => {
  test("'76 is less possible' is unlikely", () => {
    expect(interpretPhrase("76 is less possible")?.band.key).toBe("unlikely");
  });
});

describe("'not possible to say'", () => {
  test("denies the means to say, not the outcome: no almost-no-chance reading", () => {
    expect(interpretPhrase("it is not possible to say whether rates will fall")?.band.key).toBe("roughly-even");
  });
});

import { describe, expect, test } from "vitest";
import { interpretPhrase, normalisePhrase } from "./interpret-phrase";
import { PHRASE_BANDS } from "./phrases";
import { findBand, ICD_203, type Scale } from "./scale";
import { probabilityOfYes } from "./probability-of-yes";

describe("interpretPhrase", () => {
  // Phrases as the five seed articles write them, with the band an analyst would read.
  test.each([
    ["there seems to be little chance", "very-unlikely"],
    ["it is highly likely", "very-likely"],
    ["There is a sufficient possibility", "likely"],
    ["seems low", "unlikely"],
    ["is insignificant", "almost-no-chance"],
    ["will be all but impossible", "almost-no-chance"],
    ["is likely to", "likely"],
    ["are expected to", "likely"],
    ["The chances … are high", "likely"],
    ["will make a secret deal", "very-likely"],
    ["may be reluctant", "roughly-even"],
    ["I think there is a possibility", "roughly-even"],
    ["I suspect there will be hesitations", "likely"],
    ["you could say it’s on the horizon", "likely"],
    ["it may not happen", "unlikely"],
    ["would likely precede", "likely"],
    ["will almost certainly require", "almost-certain"],
    ["are unlikely to be key topics", "unlikely"],
    ["wouldn’t be anything to be surprised of", "likely"],
    // A possibility strengthened is likely; alone it stays even.
    ["which makes it very possibly the wettest year", "likely"],
    ["quite possibly the last summit", "likely"],
    ["possibly the last summit", "roughly-even"],
    ["war remains a distant prospect", "unlikely"],
    ["a deal is a distant possibility", "unlikely"],
  ] as const)("%s → %s", (phrase, key) => {
    expect(interpretPhrase(phrase)?.band.key).toBe(key);
  });

  test("the longest entry wins over the words inside it", () => {
    expect(interpretPhrase("highly likely")?.matched).toBe("highly likely");
    expect(interpretPhrase("very unlikely")?.band.key).toBe("very-unlikely");
  });

  test("a negation before the phrase turns the band round", () => {
    expect(interpretPhrase("is not expected")).toMatchObject({ negated: false, matched: "not expected" });
    expect(interpretPhrase("is not expected")?.band.key).toBe("unlikely");
    expect(interpretPhrase("it is not highly likely")).toMatchObject({ negated: true });
    expect(interpretPhrase("it is not highly likely")?.band.key).toBe("very-unlikely");
    expect(interpretPhrase("I don't think it is probable")?.band.key).toBe("unlikely");
  });

  test.each([
    ["it is not impossible", "unlikely"],
    ["there is not no chance", "unlikely"],
    ["victory is not inevitable", "roughly-even"],
    ["a deal is not almost certain", "roughly-even"],
    ["it is not unlikely", "likely"],
    ["it is not very likely", "very-unlikely"],
  ])("a denied extreme is no opposite extreme: %s → %s", (phrase, band) => {
    expect(interpretPhrase(phrase)).toMatchObject({ negated: true, band: { key: band } });
  });

  test.each([
    ["a cut wasn't very likely", "very-unlikely"],
    ["cuts weren't very likely", "very-unlikely"],
    ["it wouldn't be very likely", "very-unlikely"],
    ["it couldn't be called very likely", "very-unlikely"],
  ])("a negation in the past or the conditional turns the phrase round: %s → %s", (phrase, band) => {
    expect(interpretPhrase(phrase)).toMatchObject({ negated: true, band: { key: band } });
  });

  test("a negation far before the phrase does not count", () => {
    expect(interpretPhrase("not since 2019 has anyone thought it so very likely")?.band.key).toBe("very-likely");
  });

  test("returns null when there is no estimative language", () => {
    expect(interpretPhrase("")).toBeNull();
    expect(interpretPhrase("   ")).toBeNull();
    expect(interpretPhrase("the summit was held in Vostochny")).toBeNull();
  });

  test("normalises case, curly quotes and punctuation", () => {
    expect(normalisePhrase("  It’s  “Highly” LIKELY! ")).toBe("it's highly likely");
  });

  test("every lexicon entry reads back to its own band", () => {
    for (const [key, phrases] of Object.entries(PHRASE_BANDS)) {
      for (const phrase of phrases) expect(interpretPhrase(phrase)?.band.key, phrase).toBe(key);
    }
  });

  test("no phrase is listed under two bands", () => {
    const seen = new Map<string, string>();
    for (const [key, phrases] of Object.entries(PHRASE_BANDS)) {
      for (const phrase of phrases) {
        expect(seen.get(normalisePhrase(phrase)), phrase).toBeUndefined();
        seen.set(normalisePhrase(phrase), key);
      }
    }
  });
});

describe("probabilityOfYes", () => {
  test("a phrase about YES keeps the band as it is", () => {
    expect(probabilityOfYes({ band: findBand("very-unlikely"), refersTo: "YES" })).toEqual({
      probability: 0.125,
      low: 0.05,
      high: 0.2,
    });
  });

  test("a phrase about NO mirrors the band: 'likely not' is 'unlikely'", () => {
    expect(probabilityOfYes({ band: findBand("likely"), refersTo: "NO" })).toEqual({
      probability: 0.325,
      low: 0.2,
      high: 0.45,
    });
    expect(probabilityOfYes({ band: findBand("almost-certain"), refersTo: "NO" })).toEqual({
      probability: 0.03,
      low: 0.01,
      high: 0.05,
    });
  });
});

describe("interpretPhrase: which phrase, on which scale", () => {
  test("of two phrases equally long, the earlier in the text wins", () => {
    expect(interpretPhrase("The odds seem slim, even remote.")?.matched).toBe("slim");
    expect(interpretPhrase("The odds seem remote, even slim.")?.matched).toBe("remote");
  });

  test("a phrase is read on the scale given", () => {
    const halved: Scale = { ...ICD_203, id: "halved", bands: ICD_203.bands.map((b) => ({ ...b, low: b.low / 2, high: b.high / 2, point: b.point / 2 })) };
    expect(interpretPhrase("it is likely", halved)?.band).toMatchObject({ key: "likely", low: 0.275, high: 0.4 });
  });

  test("words in another alphabet do not push a negation out of reach", () => {
    // The lexicon is English: "эксперты из Москвы и Киева" counts as no words at all.
    expect(interpretPhrase("It is not, say эксперты из Москвы и Киева, likely")).toMatchObject({ matched: "likely", negated: true });
  });
});

describe("a hedge inside the modal", () => {
  test.each(["The war will most likely continue.", "The bank would most likely cut."])("'%s' is likely, not a flat will", (text) => {
    expect(interpretPhrase(text)).toMatchObject({ band: { key: "likely" } });
  });
});

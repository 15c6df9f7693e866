import { describe, expect, test } from "vitest";
import { isFurniture, splitSentences } from "./split-sentences";

const texts = (article: string) => splitSentences(article).map((s) => s.text);

describe("splitSentences", () => {
  test("does not break after abbreviations, initials or dates", () => {
    expect(texts("The New York Times predicted on Sept. 4 that the U.S. will act. Mr. Kim J. Lee disagreed. Others did not.")).toEqual([
      "The New York Times predicted on Sept. 4 that the U.S. will act.",
      "Mr. Kim J. Lee disagreed.",
      "Others did not.",
    ]);
  });

  test("ends a sentence inside closing quotation marks, and keeps a quotation's attribution with it", () => {
    expect(texts("“Weapons will be key.” Food may follow. “It is likely,” he said. He went home.")).toEqual([
      "“Weapons will be key.”",
      "Food may follow.",
      "“It is likely,” he said.",
      "He went home.",
    ]);
  });

  test("keeps each sentence's exact span in the article", () => {
    const article = "Headline without a stop\n\n  First one. Second “one.”\nThird one!";
    for (const s of splitSentences(article)) expect(article.slice(s.start, s.end)).toBe(s.text);
    expect(texts(article)).toEqual(["First one.", "Second “one.”", "Third one!"]);
  });

  test("leaves out page furniture: headlines, bylines, captions, widgets and footers", () => {
    const article = [
      "Talks Stall as Deadline Nears",
      "Posted on : 2023-09-11 16:39 KST",
      "Leaders shake hands in Vladivostok on April 25, 2019. (AFP/Yonhap)",
      "Leaders shake hands in Vladivostok on April 25, 2019. (AFP/Yonhap)",
      "The talks are likely to resume next week.",
      "By Jane Roe, staff reporter",
      "© The Daily Example. All rights reserved.",
      "Most viewed articles",
      "Related stories",
    ].join("\n");
    expect(texts(article)).toEqual(["The talks are likely to resume next week."]);
  });

  test("a paragraph of prose is not furniture, even without a final stop, when it is long", () => {
    expect(
      isFurniture("This paragraph runs on and on about the summit and what it may bring to the region and to the world at large without a final stop"),
    ).toBe(false);
    expect(isFurniture("What Putin’s visit could entail")).toBe(true);
  });

  test("a sentence ends after “a.m.” or “p.m.” unless a time zone, day or month goes on with it", () => {
    expect(texts("Polls close at 10 p.m. The count is likely to run into Friday.")).toEqual([
      "Polls close at 10 p.m.",
      "The count is likely to run into Friday.",
    ]);
    expect(texts("Trading opens at 9 a.m. GMT on Monday.")).toEqual(["Trading opens at 9 a.m. GMT on Monday."]);
  });
});

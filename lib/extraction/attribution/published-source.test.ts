import { describe, expect, test } from "vitest";
import { publishedSource } from "./published-source";

const of = (sentence: string) => publishedSource({ sentence, previous: null })?.name ?? null;

describe("publishedSource", () => {
  test.each([
    ["The Harbour Statistics Office released its annual economic outlook on Tuesday.", "The Harbour Statistics Office"],
    ["On Monday, the Vale Institute published new projections for the region.", "the Vale Institute"],
    ["Acme Research has issued a fresh forecast.", "Acme Research"],
    ["The Weather Office updates its Seasonal Outlook every month.", "The Weather Office"],
    ["Profit probably rose to 10 billion won, according to a survey of 20 analysts by Halden Data.", "Halden Data survey"],
  ])("%s", (sentence, name) => {
    expect(of(sentence)?.toLowerCase()).toBe(name.toLowerCase());
  });

  test.each([
    "The Harbour Statistics Office released its new logo on Tuesday.",
    "Prices rose 3% in May.",
    "The outlook was released on Tuesday.",
    "It released its report.",
    "Prices rose, according to the statement's authors.",
  ])("no publisher of a forecast: %s", (sentence) => {
    expect(of(sentence)).toBeNull();
  });
});

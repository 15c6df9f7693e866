// A favourite named by those who rate a field, and a side "favoured" to win: forecasts of a
// contest with no price. Sentences of our own, read by findCue directly.
import { describe, expect, test } from "vitest";
import { findCue } from "./find-cue";

const band = (text: string) => findCue(text)?.band.key ?? null;

describe("a favourite named by a verb of rating", () => {
  test.each([
    "The betting markets tab Lena Fisk as the clear favourite for the title.",
    "Bookmakers have installed Lena Fisk as favourite to win the cup.",
    "Pundits tip the Rovers as the early favourites for promotion.",
  ])("%s", (text) => {
    expect(band(text)).toBe("likely");
  });

  test("a side 'favoured' to win or for a prize is a forecast; a thing favoured for its qualities is not", () => {
    expect(band("The champions are favoured to win again next season.")).toBe("likely");
    expect(band("They won the title last year, an honour they are favoured for again this year.")).toBe("likely");
    expect(band("This grape is favoured for its sweetness.")).toBeNull();
  });
});

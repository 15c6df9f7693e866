// What a pasted copy does to text: mis-decoded spaces, lines cut short, names that set their
// capital second. Read by squeezeSpaces, isFurniture and splitSentences directly.
import { describe, expect, test } from "vitest";
import { isFurniture, splitSentences } from "./split-sentences";
import { squeezeSpaces } from "./squeeze-spaces";

describe("a no-break space that a copy mis-decoded", () => {
  test("'The?odds?of a cut stood at 97%?on' reads as words; each offset maps back", () => {
    const text = "The?odds?of a cut stood at 97%?on Marketly.";
    const squeezed = squeezeSpaces(text);
    expect(squeezed.text).toBe("The odds of a cut stood at 97% on Marketly.");
    expect(squeezed.original(squeezed.text.indexOf("odds"))).toBe(text.indexOf("odds"));
    expect(squeezeSpaces("a\uFFFD96%\uFFFDchance").text).toBe("a 96% chance");
  });

  test("a question mark that ends a question, or stands before a space or a stop, stays", () => {
    expect(squeezeSpaces("Will rates fall? Most think so.").text).toBe("Will rates fall? Most think so.");
    expect(squeezeSpaces("Why?\nBecause.").text).toBe("Why?\nBecause.");
    expect(squeezeSpaces("“Will it?” she asked.").text).toBe("“Will it?” she asked.");
  });
});

describe("a line the copy cut short", () => {
  test("a line that stops at a comma is prose, not a heading", () => {
    expect(isFurniture("Notably, the tracker currently estimates a lower probability, assigning an 80% chance of a cut,")).toBe(false);
    expect(isFurniture("Prediction Markets Give A Thumbs Up")).toBe(true);
  });
});

describe("a sentence that starts with a name whose capital comes second", () => {
  test("'… its forecast. iSuppli thinks …' is two sentences; '… rose. eBay …' too", () => {
    expect(splitSentences("Acme halved its forecast. iSuppli thinks prices might fall.").map((s) => s.text)).toEqual([
      "Acme halved its forecast.",
      "iSuppli thinks prices might fall.",
    ]);
    expect(splitSentences("Sales rose. eBay expects more.")).toHaveLength(2);
  });

  test("a lowercase word after a full stop still goes on with the sentence ('e.g. the bank')", () => {
    expect(splitSentences("Some lenders, e.g. the bank, may cut.")).toHaveLength(1);
    expect(splitSentences("It rose 3 p.c. in May.")).toHaveLength(1);
  });
});

describe("a line that ends with a company's ticker in brackets", () => {
  test("is prose, not a caption with a photo credit", () => {
    const line =
      "Acme Corp. is seen posting a higher quarterly profit next week on strong sales of its laptops, but analysts want to hear how it will meet the rising threat from rival Vale Devices Inc. (VDI)";
    expect(isFurniture(line)).toBe(false);
    expect(
      isFurniture(
        "The chief executive of the company waves to staff and visitors at the opening of its new plant on the edge of the city on Tuesday afternoon, as workers look on (AFP)",
      ),
    ).toBe(true);
  });
});

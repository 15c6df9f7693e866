// The sentence splitter's rules one by one: every abbreviation, initials, every furniture rule,
// and where a sentence ends. Readable examples; each would read differently if a rule changed.
import { describe, expect, test } from "vitest";
import { isFurniture, MONTH_ABBREVIATIONS, splitParagraph, splitParagraphs, splitSentences } from "./split-sentences";

const texts = (article: string) => splitSentences(article).map((s) => s.text);

describe("abbreviations do not end a sentence", () => {
  test.each([
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Gen",
    "Lt",
    "Col",
    "Capt",
    "Sgt",
    "Gov",
    "Sen",
    "Rep",
    "Pres",
    "St",
    "Jr",
    "Sr",
    "vs",
    "etc",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "Dept",
    "est",
    "approx",
    "Fig",
    "Vol",
    "Ed",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
  ])("%s.", (abbreviation) => {
    expect(texts(`They met ${abbreviation}. Lee at the hall. Then they left.`)).toEqual([`They met ${abbreviation}. Lee at the hall.`, "Then they left."]);
  });

  test("the months shortened with a stop, and not May", () => {
    expect(MONTH_ABBREVIATIONS).toEqual(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
    expect(texts("It ended in May. Talks resume soon.")).toEqual(["It ended in May.", "Talks resume soon."]);
  });

  test("a word that merely ends like an abbreviation ends the sentence", () => {
    expect(texts("He bought a farm. Then he sold it.")).toEqual(["He bought a farm.", "Then he sold it."]);
    expect(texts("She was first. Mrs. Kim was second.")).toEqual(["She was first.", "Mrs. Kim was second."]);
  });

  test("initials and dotted abbreviations", () => {
    expect(texts("Kim J. Un spoke. Then the U.S. Army did. The U.N. Council agreed, e.g. France. It began at 9 a.m. on Monday.")).toEqual([
      "Kim J. Un spoke.",
      "Then the U.S. Army did.",
      "The U.N. Council agreed, e.g. France.",
      "It began at 9 a.m. on Monday.",
    ]);
    // A time of day ends the sentence when a capitalised word follows: "a.m." closes most of them.
    expect(texts("The talks began at 9 a.m. Officials said little.")).toEqual(["The talks began at 9 a.m.", "Officials said little."]);
  });

  test("a lower-case one-letter word before a stop ends the sentence", () => {
    expect(texts("He said plan b. Then he left.")).toEqual(["He said plan b.", "Then he left."]);
  });
});

describe("where a sentence ends", () => {
  test("a stop, a question mark or an exclamation mark, then white space and a capital, a digit or an opening mark", () => {
    expect(texts("It fell. 2024 was worse! Was it? “Yes,” he said. ‘Never.’ (Maybe.) [Aside.] 'Quoted.' \"Double.\"")).toEqual([
      "It fell.",
      "2024 was worse!",
      "Was it?",
      "“Yes,” he said.",
      "‘Never.’",
      "(Maybe.)",
      "[Aside.]",
      "'Quoted.'",
      '"Double."',
    ]);
  });

  test("a lower-case word after the stop continues the sentence", () => {
    expect(texts("It rose 2.5 p.c. on the day. It fell.")).toEqual(["It rose 2.5 p.c. on the day.", "It fell."]);
    expect(texts("What now? asked the reporter. Nobody knew.")).toEqual(["What now? asked the reporter.", "Nobody knew."]);
  });

  test("closing marks and an ellipsis stay with the sentence they close", () => {
    expect(texts("He said “it will.” Then he left... After that, silence.")).toEqual(["He said “it will.”", "Then he left...", "After that, silence."]);
    expect(texts("It ended (at last). Then came the vote.")).toEqual(["It ended (at last).", "Then came the vote."]);
    expect(texts("It is “likely”. Then what?")).toEqual(["It is “likely”.", "Then what?"]);
    expect(texts("She wrote ’yes.’ Then stopped.")).toEqual(["She wrote ’yes.’", "Then stopped."]);
    expect(texts("Note [sic.] Then more.")).toEqual(["Note [sic.]", "Then more."]);
  });

  test("a stop with nothing after it, or only white space, ends the last sentence", () => {
    expect(texts("One thing. Two things.   ")).toEqual(["One thing.", "Two things."]);
  });

  test("several spaces between sentences are not part of either", () => {
    const article = "First one.    Second one.";
    const sentences = splitSentences(article);
    expect(sentences.map((s) => [s.text, s.start, s.end])).toEqual([
      ["First one.", 0, 10],
      ["Second one.", 14, 25],
    ]);
  });

  test("offsets, paragraphs and indices of each sentence", () => {
    const article = "  Short headline\nFirst sentence here. Second one!\n\n   Third paragraph is here.";
    const paragraphs = splitParagraphs(article);
    expect(paragraphs.map((p) => [p.text, p.start, p.end, p.index, p.furniture])).toEqual([
      ["Short headline", 2, 16, 0, true],
      ["First sentence here. Second one!", 17, 49, 1, false],
      ["Third paragraph is here.", 54, 78, 2, false],
    ]);
    const sentences = splitSentences(article);
    expect(sentences.map((s) => [s.text, s.start, s.end, s.paragraph])).toEqual([
      ["First sentence here.", 17, 37, 1],
      ["Second one!", 38, 49, 1],
      ["Third paragraph is here.", 54, 78, 2],
    ]);
    for (const s of sentences) expect(article.slice(s.start, s.end)).toBe(s.text);
  });

  test("splitParagraph splits a paragraph given on its own", () => {
    const sentences = splitParagraph({ text: "A b. C d.", start: 100, end: 109, index: 7, furniture: false });
    expect(sentences).toEqual([
      { text: "A b.", start: 100, end: 104, paragraph: 7 },
      { text: "C d.", start: 105, end: 109, paragraph: 7 },
    ]);
  });
});

describe("furniture", () => {
  test.each([
    ["an empty line", "   "],
    ["a byline", "By Jane Roe, staff reporter"],
    [
      "a byline with an outlet in brackets",
      "by DailyNK(North Korean Media) with a long tail of words that goes on and on past the usual length of a heading for sure.",
    ],
    ["posted on", "Posted on : 2023-09-11 16:39 KST and more words so that this line is long enough to count as prose otherwise, really."],
    ["modified on", "Modified on: 2023-09-11."],
    ["updated on", "Updated on : 2023-09-11."],
    ["published on", "Published on: 2023-09-11."],
    ["a copyright sign", "© 2024 The Daily Example."],
    ["all rights reserved", "The Daily Example. All rights reserved."],
    ["please send", "Please send questions to the desk."],
    ["please direct", "Please direct comments to the editor."],
    ["a bare link", "https://example.com/story/123"],
    ["related stories", "Related stories"],
    ["most viewed", "Most viewed"],
    ["most popular articles", "Most popular articles"],
    ["most read", "Most read"],
    ["read in another language", "Read in Korean"],
    ["share", "Share"],
    ["advertisement", "Advertisement"],
    ["a one-word photo credit", "Leaders meet in Seoul on Monday, after a long week of talks that few expected to end in any agreement at all. (Yonhap)"],
    ["two agencies", "Leaders meet in Seoul on Monday, after a long week of talks that few expected to end in any agreement at all. (AFP/Yonhap)"],
    ["photo by", "Leaders meet. (Photo by Jane Doe/Getty Images)"],
    ["file photo", "Leaders meet. (File photo)."],
    ["image", "Leaders meet. (Image: ministry handout)"],
    ["picture", "Leaders meet. (picture alliance)"],
    ["credit", "Leaders meet. (Credit: ministry)"],
    ["courtesy", "Leaders meet. (Courtesy of the ministry)"],
    ["illustration", "Leaders meet. (Illustration by the desk)"],
    ["graphic", "Leaders meet. (graphic: the desk)"],
    ["video", "Leaders meet. (video still)"],
    ["a credit of several capitalised words", "Leaders meet in Seoul on Monday, after a long week of talks. (Yonhap News Agency)"],
    ["a name and an agency", "Leaders meet in Seoul on Monday, after a long week of talks. (Jane Doe/Reuters)"],
    ["an image source tag", "[Image source = Yonhap News] Leaders meet in Seoul, and talk about the weather."],
    ["a button's label", "Button that opens the menu."],
    ["a weekday and date", "Monday, September 11, 2023"],
    ["a date with a time", "September 11, 2023 at 4:39 pm"],
    ["a date", "September 11, 2023"],
    ["a temperature", "30.1 C"],
    ["a negative temperature", "-5 °F"],
    ["a short heading", "What Putin’s visit could entail"],
  ])("%s", (_rule, line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test.each([
    ["a sentence with 'by' inside it", "The deadline was moved by Jane Roe to next week."],
    ["a sentence that names a day and a date inside it", "On Monday, September 11, 2023, the talks began."],
    ["a sentence ending in a bracket of lower-case words", "The talks were long (and tiring)."],
    ["a short sentence ending with a stop", "Talks resume."],
    ["a question", "Will talks resume?"],
    ["an exclamation", "Talks resume!"],
    ["a quotation", "“Talks resume”"],
    ["a sentence ending in a closing quote after the stop", "He said “talks resume.”"],
    ["a sentence ending in a bracket after the stop", "Talks resume (again.)"],
    ["a sentence ending in a square bracket after the stop", "Talks resume [again.]"],
    ["a line that mentions a link", "See https://example.com for the full story, which is long."],
    ["a line that begins with 'share'", "Share prices fell sharply on the news."],
  ])("not furniture: %s", (_rule, line) => {
    expect(isFurniture(line)).toBe(false);
  });

  test("a heading is short: twenty-five words without a stop are a heading, twenty-six are prose", () => {
    const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
    expect(isFurniture(wordsOf(25))).toBe(true);
    expect(isFurniture(wordsOf(26))).toBe(false);
    expect(isFurniture(`  ${wordsOf(26)}  `)).toBe(false);
  });

  test("a line repeated from the one before is a caption, even when it reads as prose", () => {
    const line = "Leaders shake hands in Vladivostok on April 25, 2019, after talks.";
    expect(isFurniture(line)).toBe(false);
    expect(isFurniture(line, line)).toBe(true);
    expect(isFurniture(line, `  ${line} `)).toBe(true);
    expect(isFurniture(line, "Another line.")).toBe(false);
    expect(texts(`${line}\n${line}\nTalks resume.`)).toEqual([line, "Talks resume."]);
  });
});

describe("where a sentence ends: acronyms, dotted words and closing marks", () => {
  test("an acronym without stops ends the sentence", () => {
    expect(texts("She joined NATO. Then it grew.")).toEqual(["She joined NATO.", "Then it grew."]);
  });

  test("a degree or a web address is no dotted abbreviation", () => {
    expect(texts("She has a Ph.D. Then she left.")).toEqual(["She has a Ph.D.", "Then she left."]);
    expect(texts("He posted on x.com. Then he left.")).toEqual(["He posted on x.com.", "Then he left."]);
  });

  test("a dotted abbreviation of three letters does not end the sentence", () => {
    expect(texts("The U.S.A. Army won. It left.")).toEqual(["The U.S.A. Army won.", "It left."]);
  });

  test.each([
    ['"', 'He said "never." Then he left.', ['He said "never."', "Then he left."]],
    ["”", "He said “never.” Then he left.", ["He said “never.”", "Then he left."]],
    ["’", "He said ‘never.’ Then he left.", ["He said ‘never.’", "Then he left."]],
    ["'", "He said 'never.' Then he left.", ["He said 'never.'", "Then he left."]],
    [")", "He left (at last.) Then she did.", ["He left (at last.)", "Then she did."]],
    ["]", "He left [at last.] Then she did.", ["He left [at last.]", "Then she did."]],
  ])("a closing %s after the stop stays with the sentence it closes", (_mark, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe("furniture: lines that only look like prose", () => {
  test("a byline in lower case is furniture even when it ends with a stop", () => {
    expect(isFurniture("by Jane Roe in Seoul.")).toBe(true);
    expect(isFurniture("by  Jane Roe in Seoul.")).toBe(true);
    expect(isFurniture("by DailyNK (North Korean Media).")).toBe(true);
    expect(isFurniture("by  DailyNK(North Korean Media).")).toBe(true);
  });

  test("a hard-wrapped line that starts with 'by' is prose", () => {
    expect(isFurniture("by the end of the year, the bank will probably cut rates.")).toBe(false);
    expect(isFurniture("The talks were reported by DailyNK (North Korean Media) last week.")).toBe(false);
  });

  test("the furniture patterns hold at the start of the line only", () => {
    expect(isFurniture("He pressed the button that opens the gate.")).toBe(false);
    expect(isFurniture("The minister said we should please send aid.")).toBe(false);
    expect(isFurniture("The page was updated on: Monday.")).toBe(false);
    expect(isFurniture("The full report is at https://example.com/report.")).toBe(false);
  });

  test("a bare link is furniture even when it ends with a stop; 'http' and 'https' alike", () => {
    expect(isFurniture("https://example.com/story/123.")).toBe(true);
    expect(isFurniture("http://example.com/story/123.")).toBe(true);
  });

  test("an image source tag with or without spaces around its equals sign", () => {
    expect(isFurniture("[Image source=Yonhap News] Leaders meet in Seoul, and talk about the weather.")).toBe(true);
    expect(isFurniture("[Image source  = Yonhap News] Leaders meet in Seoul, and talk about the weather.")).toBe(true);
  });

  test.each([
    ["a credit with a full stop after it", "Leaders meet. (Photo: Jane Doe)."],
    ["a file photo by", "Leaders meet. (File  photo by Jane Doe)"],
    ["a one-word credit of several parts", "Leaders meet in Seoul after a long week of talks. (AFP-Yonhap)"],
    ["two credits of one word each", "Leaders meet in Seoul after a long week of talks. (AFP/Reuters)"],
    ["three agencies", "Leaders meet in Seoul after a long week of talks. (AFP/Yonhap/Reuters)"],
    ["a name with a colon", "Leaders meet in Seoul after a long week of talks. (Photo: Jane Doe)"],
    ["an agency and a name", "Leaders meet in Seoul after a long week of talks. (Yonhap / Jane Doe)"],
    ["a credit of names with dots", "Leaders meet in Seoul after a long week of talks. (J.R. Doe  Jr.)"],
  ])("a photo credit: %s", (_rule, line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test.each([
    ["a bracket of lower-case words", "Leaders meet in Seoul after a long week of talks (and a dinner)."],
    ["a bracket with a lower-case word after a capital", "Leaders meet in Seoul after a long week of talks (Seoul time)."],
    ["a credit word in the middle of a line", "Leaders meet (photo below) and then talk about the weather in the region."],
    ["a capitalised bracket inside the line", "Leaders of the (AFP) wire service met in Seoul after a long week of talks."],
  ])("not a photo credit: %s", (_rule, line) => {
    expect(isFurniture(line)).toBe(false);
  });

  test("a heading is counted in words, not in spaces", () => {
    const spaced = Array.from({ length: 20 }, (_, i) => `word${i}`).join("  ");
    expect(isFurniture(spaced)).toBe(true);
  });

  test("a heading with an abbreviation inside it is still a heading", () => {
    expect(isFurniture("Dr. Lee’s plan for the summit")).toBe(true);
  });

  test("a line with white space around it is judged without it", () => {
    expect(isFurniture("Talks resume.  ")).toBe(false);
    expect(isFurniture("", "")).toBe(true);
  });
});

describe("after dotted initials or a company's suffix", () => {
  test("a word that only opens a sentence starts one", () => {
    const sentences = splitSentences("Growth will slow in the U.S. The Fed could cut rates. Shares of Acme Inc. It expects more.");
    expect(sentences.map((s) => s.text)).toEqual(["Growth will slow in the U.S.", "The Fed could cut rates.", "Shares of Acme Inc.", "It expects more."]);
  });

  test("a name goes on with the sentence", () => {
    expect(splitSentences("The U.S. Federal Reserve could cut rates. Acme Inc. Chief Jo Hale agreed.").map((s) => s.text)).toEqual([
      "The U.S. Federal Reserve could cut rates.",
      "Acme Inc. Chief Jo Hale agreed.",
    ]);
  });
});

describe("'No.' before a number, and the answer 'No.'", () => {
  test("'No. 10' goes on; 'No. Rents …' is two sentences", () => {
    expect(splitSentences("He lives at No. 10 Downing Street. Fine.").map((s) => s.text)).toEqual(["He lives at No. 10 Downing Street.", "Fine."]);
    expect(splitSentences("A: No. Rents will keep rising.").map((s) => s.text)).toEqual(["A: No.", "Rents will keep rising."]);
  });
});

// Where a sentence is cut into parts that each carry one forecast. Read by clauseCuts directly.
import { describe, expect, test } from "vitest";
import { clauseCuts } from "./clause-cuts";

const cutsOf = (text: string) => clauseCuts({ text, quoted: false });

describe("clauses after a semicolon that state chances of their own", () => {
  test("'… is just 5%; they think there's a 2% chance …; and … the chance … is under 1%' is cut at both semicolons", () => {
    const text =
      "Forecasters put the chance of a strike at 5%; they think there's a 2% chance of a blockade; and most agree the chance of an invasion is under 1%.";
    expect(cutsOf(text)).toEqual([
      { at: text.indexOf(";"), second: true },
      { at: text.lastIndexOf(";"), second: true },
    ]);
  });

  test("a semicolon before a clause with no chance of its own cuts nothing", () => {
    expect(cutsOf("Forecasters put the chance of a strike at 5%; the talks resume on Monday.")).toEqual([]);
    expect(cutsOf("Growth slowed to 2%; inflation held at 3%.")).toEqual([]);
  });
});

describe("a second chance after 'while' or ', and'", () => {
  test("'… dropped from 64% to 60% while her rival's chances slipped from 31% to 27%' is cut before 'while'", () => {
    const text = "Her chances dropped from 64% to 60% while her rival's chances slipped from 31% to 27%.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(" while"), second: true }]);
  });

  test("a clause with no chance of its own before ', and there's an 80 per cent chance' is not cut there", () => {
    expect(cutsOf("These will be launched over the coming months, and there's about an 80 per cent chance one will reach orbit.")).toEqual([]);
  });
});

describe("a second clause with a hedge of its own", () => {
  test("', but pressure to allow the evacuations may prompt …' is cut: six words before the modal", () => {
    const text = "A lasting truce is unlikely, but pressure to allow the evacuations may prompt short pauses.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(", but"), second: true }]);
  });

  test("'… will most likely continue but that pressure, from the US above all, could lead …' is cut before 'but that'", () => {
    const text = "The report concluded that the war will most likely continue but that pressure, from the US above all, could lead to pauses.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(" but that"), second: true }]);
    expect(cutsOf("He said sales will rise but that margins will hold.")).toEqual([]);
  });
});

describe("a second possibility the same speakers see", () => {
  test("'… expect stable prices but also can foresee a scenario …' is cut before 'but'", () => {
    const text = "Analysts expect stable prices but also can foresee a scenario in which prices jump.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(" but"), second: true }]);
  });
});

describe("a clause of contrast whose subject has an acronym in brackets", () => {
  test("'… between May 28 and 30 while the Weather Office (WO) has said …' is cut before 'while'", () => {
    const text = "Skyline has predicted rain between May 28 and 30 while the Weather Office (WO) has said that it will come around June 7.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(" while"), second: true }]);
  });
});

describe("the speaker's own view after 'but'", () => {
  test("'It is hard to say how long rents will stay high, but we do expect …' is cut before 'but', in a quotation too", () => {
    const text = "It is hard to say how long rents will stay high, but we do expect steady pressure on them.";
    expect(clauseCuts({ text, quoted: true })).toEqual([{ at: text.indexOf(", but"), second: false }]);
  });

  test("'…, but they expected …' about others is not this cut", () => {
    expect(clauseCuts({ text: "Rents rose fast, but they expected a pause in spring.", quoted: true })).toEqual([]);
  });
});

describe("the next name's decimal price", () => {
  test("'… into $5.00, with the incumbents out to $1.25' is cut before 'with'", () => {
    const text = "The latest odds show the Greens into $5.00, with the incumbents out to $1.25.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(", with"), second: true }]);
  });
});

describe("a reason or an aside that judges a chance of its own", () => {
  test("'…, because the allies are unlikely to press for a truce' is cut before 'because'", () => {
    const text = "Fighting will likely go on for weeks, because the allies are unlikely to press for a truce before the new year.";
    expect(cutsOf(text)).toEqual([{ at: text.indexOf(", because"), second: true }]);
  });

  test("'… – an unlikely prospect in the near term – …' is cut at both dashes", () => {
    const text = "Until the donors voice concern – an unlikely prospect in the near term – the fighting will continue.";
    expect(cutsOf(text)).toEqual([
      { at: text.indexOf(" –"), second: false },
      { at: text.lastIndexOf("–"), second: false },
    ]);
  });

  test("a reason with no hedge of its own, and a dash aside that is a plain description, are not cut", () => {
    expect(cutsOf("Fighting will likely go on, because the talks have stalled.")).toEqual([]);
    expect(cutsOf("The envoy – a former general – will arrive on Monday.")).toEqual([]);
  });
});

describe("a list of outcomes, each with its own verdict", () => {
  test("'Sixty is a sure thing, 62 is also likely, 64 is possible' is cut before each item", () => {
    const text = "Sixty is a sure thing, 62 is also likely, 64 is possible, 66 is less possible.";
    expect(cutsOf(text).map((c) => c.at)).toEqual([text.indexOf(", 62"), text.indexOf(", 64"), text.indexOf(", 66")]);
  });

  test("a relative clause is no item ('…, which are likely to show …')", () => {
    expect(cutsOf("The bank will publish new forecasts, which are likely to show slower growth.")).toEqual([]);
  });
});

describe("a list of chances in brackets after a stated one", () => {
  test("'… at 9.7%, while the Cardinals (8.9%) and the Panthers (6.3%) …' is cut before 'while' and before 'and'", () => {
    const text = "The Packers are the second most likely team at 9.7%, while the Cardinals (8.9%) and the Panthers (6.3%) are threats.";
    expect(cutsOf(text)).toEqual([
      { at: text.indexOf(", while"), second: true },
      { at: text.indexOf(" and the Panthers"), second: true },
    ]);
  });

  test("no second forecast after a figure that is no percentage, nor before a name with no bracketed chance", () => {
    const seconds = (text: string) => cutsOf(text).filter((c) => c.second);
    expect(seconds("The Packers won 9 games, while the Cardinals (8.9%) are threats.")).toEqual([]);
    expect(seconds("The Packers are at 9.7%, while the Cardinals are threats.")).toEqual([]);
  });
});

describe("lists of fractional prices", () => {
  const seconds = (text: string) => cutsOf(text).filter((c) => c.second);

  test("'…, while bookmakers make Dele Amoako 9/4 to score first' is a second price", () => {
    const text = "Hartley Bet offers 3/1 on a draw, while bookmakers make Dele Amoako 9/4 to score first.";
    expect(seconds(text)).toEqual([{ at: text.indexOf(", while"), second: true }]);
  });

  test("'… and the draw at 12/5', '… and last year's winner Dusty Miller out to 12/1' end a list", () => {
    const a = "Bookmakers have Greenvale at 6/5 to win, with Ashby at 9/4 and the draw at 12/5.";
    expect(seconds(a).map((c) => c.at)).toContain(a.indexOf(" and the draw"));
    const b = "Night Ember is the 5/2 favourite, with Silver Lantern a 4/1 chance and last year's winner Dusty Miller out to 12/1.";
    expect(seconds(b).map((c) => c.at)).toContain(b.indexOf(" and last year's"));
  });

  test("not a figure of another kind after 'and'", () => {
    expect(seconds("Greenvale won 6/5 of its games and the draw at home.")).toEqual([]);
  });
});

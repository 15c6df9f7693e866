// The phrases of extractor 15, one example each: a possibility kept open ("did not rule out") is
// roughly even, whatever the negation in it; "all but a certainty" and its kin are almost certain.
import { expect, test } from "vitest";
import { interpretPhrase } from "./interpret-phrase";

test.each([
  "did not rule out",
  "does not rule out",
  "do not rule out",
  "didn't rule out",
  "doesn't rule out",
  "don't rule out",
  "would not rule out",
  "wouldn't rule out",
  "won't rule out",
  "could not rule out",
  "cannot rule out",
  "can't rule out",
  "not ruling out",
  "cannot be ruled out",
  "can't be ruled out",
])("“%s” keeps a possibility open: roughly even, not turned round by its own negation", (phrase) => {
  expect(interpretPhrase(phrase)).toMatchObject({ band: { key: "roughly-even" }, matched: phrase, negated: false });
});

test.each(["all but certain", "all but a certainty", "all but guaranteed", "all but inevitable"])("“%s” is almost certain", (phrase) => {
  expect(interpretPhrase(phrase)).toMatchObject({ band: { key: "almost-certain" }, matched: phrase });
});

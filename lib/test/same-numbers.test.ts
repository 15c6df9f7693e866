import { expect, test } from "vitest";
import { alignNumbers } from "./same-numbers";

test("numbers within a billionth are taken as equal; anything else still differs", () => {
  const fresh = { totals: [{ n: 2, sumBrier: 0.2222916666666667, sumRelative: 0 }], at: new Date(0) };
  const kept = { totals: [{ n: 2, sumBrier: 0.22229166666666667, sumRelative: -1.38777878078e-17 }], at: new Date(0) };
  expect(alignNumbers(kept, fresh)).toEqual(fresh);
  expect(alignNumbers({ ...kept, totals: [{ ...kept.totals[0], n: 3 }] }, fresh)).not.toEqual(fresh);
  expect(alignNumbers({ sumBrier: 0.2223 }, { sumBrier: 0.2222 })).toEqual({ sumBrier: 0.2223 });
});

import { expect, test } from "vitest";
import { resolveSpeaker } from "./resolve-speaker";
import type { Speaker } from "./speaker";

const outlet: Speaker = { name: "The Harbour Gazette", kind: "OUTLET" };
const planner: Speaker = { name: "Odile Varga", kind: "PERSON" };
const traders: Speaker = { name: "Grain traders (unnamed)", kind: "UNNAMED_GROUP" };
const board: Speaker = { name: "Harbour Board", kind: "ORGANISATION" };
const plain = "The ferry timetable will likely shrink by autumn.";

test("an attribution the sentence found wins over the paragraph's source", () => {
  const attributed: Speaker = { name: "Port authority", kind: "ORGANISATION" };
  expect(resolveSpeaker({ attributed, paragraphSource: { speaker: board, quoted: false }, sentence: plain })).toBe(attributed);
});

test("an uncredited forecast goes on with the body or group already heard in its paragraph", () => {
  expect(resolveSpeaker({ attributed: outlet, paragraphSource: { speaker: board, quoted: false }, sentence: plain })).toBe(board);
  expect(
    resolveSpeaker({
      attributed: outlet,
      paragraphSource: { speaker: traders, quoted: false },
      sentence: "Wheat prices are expected to ease after the harvest.",
    }),
  ).toBe(traders);
});

test("with no source heard in the paragraph the forecast is the outlet's", () => {
  expect(resolveSpeaker({ attributed: outlet, paragraphSource: null, sentence: plain })).toBe(outlet);
});

test("a person's claim, a quotation's speaker and a poll's active answers do not run on", () => {
  expect(resolveSpeaker({ attributed: outlet, paragraphSource: { speaker: planner, quoted: false }, sentence: plain })).toBe(outlet);
  expect(resolveSpeaker({ attributed: outlet, paragraphSource: { speaker: board, quoted: true }, sentence: plain })).toBe(outlet);
  const poll: Speaker = { name: "Quayside survey", kind: "UNNAMED_GROUP" };
  expect(resolveSpeaker({ attributed: outlet, paragraphSource: { speaker: poll, quoted: false }, sentence: plain })).toBe(outlet);
});

test("the writer's own comment stays the outlet's even after a source spoke", () => {
  for (const sentence of [
    "It is widely expected that the bridge will reopen in May.",
    "That could mean longer queues at the quay.",
    "As a result, freight costs may climb.",
    "While the tunnel may open late, the bridge is sound.",
    "The levy, which funds the lifeboats, is likely to double.",
    "Since both councils want the money, there is a strong chance of a deal.",
    "Rents rose by a figure that is likely to worry tenants.",
  ])
    expect(resolveSpeaker({ attributed: outlet, paragraphSource: { speaker: board, quoted: false }, sentence }), sentence).toBe(outlet);
});

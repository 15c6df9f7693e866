"use client";

import { formatBand, formatPercent } from "@/lib/format/probability";
import { readTypedProbability } from "@/lib/probability/read-typed-probability";
import { isProblem, resolveProbability } from "@/lib/probability/resolve-probability";
import { DEFAULT_SCALE } from "@/lib/probability/scale";

/** What the app reads from the phrase as the analyst types, before they override it or not. */
export function ProbabilityReading({ phrase, refersTo, override }: { phrase: string; refersTo: "YES" | "NO"; override: string }) {
  const typed = readTypedProbability(override);
  if (typed.kind === "read") {
    return (
      <p className="text-sm text-stone-700" aria-live="polite">
        {typed.reading} That number will be recorded.
      </p>
    );
  }
  if (typed.kind === "problem") {
    return (
      <p className="text-sm text-amber-800" aria-live="polite">
        The number {typed.message}.
      </p>
    );
  }
  const reading = resolveProbability({ phrase, refersTo });
  if (isProblem(reading)) {
    return phrase.trim() ? (
      <p className="text-sm text-amber-800" aria-live="polite">
        “{phrase.trim()}” is not on the {DEFAULT_SCALE.id} scale: give a number.
      </p>
    ) : (
      <p className="text-sm text-stone-500" aria-live="polite">
        Type the words to have them read on the scale.
      </p>
    );
  }
  return (
    <p className="text-sm text-stone-700" aria-live="polite">
      Reads as <strong>{reading.band!.label}</strong> ({formatBand(reading.band!.low, reading.band!.high)}
      {refersTo === "NO" ? " of NO" : ""}) → <strong>{formatPercent(reading.probability)} YES</strong>, band {formatBand(reading.low!, reading.high!)}.
    </p>
  );
}

import Link from "next/link";
import { formatLongDate } from "@/lib/dates";

type CardQuestion = {
  id: string;
  title: string;
  deadline: Date;
  forecastCount: number;
  /** The outcome that stands, if any: a resolved question shows it in place of its deadline. */
  outcomes?: ReadonlyArray<{ value: string; resolvedAt: Date }>;
};

/** Questions as small cards: title, then the outcome (or the deadline) and how many forecasts. */
export function QuestionCards({ questions }: { questions: readonly CardQuestion[] }) {
  return (
    <ul className="space-y-2">
      {questions.map((q) => {
        const outcome = q.outcomes?.[0];
        return (
          <li key={q.id} className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm">
            <Link href={`/questions/${q.id}`} className="text-sm font-medium underline decoration-stone-300 underline-offset-2 hover:decoration-stone-600">
              {q.title}
            </Link>
            <p className="mt-1 text-xs text-stone-600">
              {outcome ? `${outcome.value} · known ${formatLongDate(outcome.resolvedAt)}` : `Deadline ${formatLongDate(q.deadline)}`} · {q.forecastCount}{" "}
              {q.forecastCount === 1 ? "forecast" : "forecasts"}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

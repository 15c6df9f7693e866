// What a reader sees of a question's state: open, awaiting resolution (open past its
// deadline), resolved YES/NO, or annulled.
import { todayUtc } from "../dates";

export type QuestionState = "open" | "awaiting" | "resolved" | "annulled";

export function questionState(question: { status: "OPEN" | "RESOLVED" | "ANNULLED"; deadline: Date }, now = new Date()): QuestionState {
  if (question.status === "RESOLVED") return "resolved";
  if (question.status === "ANNULLED") return "annulled";
  return question.deadline < todayUtc(now) ? "awaiting" : "open";
}

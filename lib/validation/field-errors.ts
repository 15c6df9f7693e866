// A zod error as one message per field path ("resolvedAt": "must be a calendar date …").
import type { z } from "zod";

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) details[path ? `${path}.${key}` : key] = "is not a known field";
    } else {
      details[path || "(request)"] ??= issue.message;
    }
  }
  return details;
}

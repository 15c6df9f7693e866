// Control characters have no place in anything a person types into Hindsight, and
// PostgreSQL refuses NUL in text outright. Tab, newline and carriage return are text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters (such as NUL)";

export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/** Deeper JSON than this is not a document any Hindsight route takes. */
export const MAX_JSON_DEPTH = 32;

/**
 * Every string in a parsed JSON value (keys included) that holds a control character,
 * as `{ "a.b.0": message }`, and `{ "<path>": "is nested too deeply" }` past MAX_JSON_DEPTH.
 * Iterative, so that no document can exhaust the stack.
 */
export function findUnreadableText(value: unknown, root = "body"): Record<string, string> {
  const problems: Record<string, string> = {};
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  while (stack.length > 0 && Object.keys(problems).length < 20) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === "string") {
      if (hasControlCharacter(current)) problems[path] = CONTROL_CHARACTER_MESSAGE;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems[path] = "is nested too deeply";
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      const childPath = `${path}.${key}`;
      if (hasControlCharacter(key)) problems[childPath] = "is a field name with control characters";
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems;
}

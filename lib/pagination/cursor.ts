// Keyset pagination cursors: the sort key and id of the last row shown, opaque to users.
import { AppError, AppErrorCode } from "../errors/app-error";
import { hasControlCharacter } from "../text/control-characters";

/** A cursor's values go into SQL as they are: only what this app hands out passes. */
function fits(value: unknown, kind: "string" | "number"): boolean {
  if (kind === "number") return Number.isSafeInteger(value) && (value as number) >= 0;
  return typeof value === "string" && value.length <= 100 && !hasControlCharacter(value);
}

export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The values in `cursor`, or an INVALID_INPUT error naming the parameter. */
export function decodeCursor(cursor: string, shape: ReadonlyArray<"string" | "number">): Array<string | number> {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === shape.length && values.every((v, i) => fits(v, shape[i]))) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  return invalidCursor();
}

export function invalidCursor(): never {
  throw new AppError(AppErrorCode.BAD_REQUEST, "The page cursor is not valid; start again from the first page.", {
    cursor: "is not a cursor this list handed out",
  });
}

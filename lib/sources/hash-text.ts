import { createHash } from "node:crypto";

/** SHA-256 of an article's text, hex: how the same text pasted twice is recognised. */
export function hashText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

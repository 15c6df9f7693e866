// Checks a domain function's input against its contract; a failure lists a message per field.
import type { z } from "zod";
import { AppError, AppErrorCode } from "../errors/app-error";
import { fieldErrors } from "./field-errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError(AppErrorCode.INVALID_INPUT, `The ${what} is not valid.`, fieldErrors(result.error));
  return result.data;
}

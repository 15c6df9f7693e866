// Field rules shared by every contract, so a date or a URL is checked the same way everywhere.
import { z } from "zod";
import { parseIsoDate } from "../dates";

export const isoDate = z.string().refine((s) => parseIsoDate(s) !== null, "must be a calendar date written YYYY-MM-DD");

export const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" })
  .max(2000, "must be at most 2000 characters");

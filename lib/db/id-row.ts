// The row of a raw statement that finds or locks rows by id (`SELECT id … FOR UPDATE`).
import { z } from "zod";

export const idRow = z.object({ id: z.string() });

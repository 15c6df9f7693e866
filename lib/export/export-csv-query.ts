// The query of GET /api/v1/export.csv: the question browser's filters (so that its download
// button gives what it shows); a forecaster or an outlet also narrow the rows to theirs.
import { z } from "zod";
import { browseFilterFields, deadlinesInOrder } from "../questions/browse-query";

export const exportCsvQuery = deadlinesInOrder(z.strictObject(browseFilterFields));

export type ExportCsvQuery = z.output<typeof exportCsvQuery>;

/**
 * Shapes of the server's requests and answers, from packages/api-contract. Imported as types only, so
 * none of the contract's zod schemas reach the browser bundle.
 */
export type {
  ErrorResponse,
  EventResult,
  EventsPage,
  ImportFileResult,
  Profile,
  Run,
  SessionCheckResponse,
  SessionResponse,
  Shoe,
  User,
} from "@backstride/api-contract";

import type { importJobSchema } from "@backstride/api-contract";
import type { z } from "zod";

/** GET /api/imports/:jobId: an archive import's progress. */
export type ImportJob = z.infer<typeof importJobSchema>;

import type { athletesResponseSchema } from "@backstride/api-contract";

/** One runner on a coach's roster (GET /api/athletes). */
export type Athlete = z.infer<typeof athletesResponseSchema>["athletes"][number];

import type { importExportResponseSchema } from "@backstride/api-contract";

/** POST /api/import-export: what bringing back an export added. */
export type ImportExportResult = z.infer<typeof importExportResponseSchema>;

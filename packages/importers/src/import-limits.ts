/** Bounds that keep a hostile or broken upload from exhausting memory or time. */
export interface ImportLimits {
  /** Largest uncompressed size of one file (after gunzip, or one archive entry). */
  maxFileBytes: number;
  /** Largest total uncompressed size of an archive. */
  maxArchiveBytes: number;
  /** Most entries an archive may list. */
  maxArchiveEntries: number;
  /** Largest uncompressed/compressed ratio once an entry passes 1 MiB; real activity files stay far below. */
  maxCompressionRatio: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 128 * 1024 * 1024,
  maxArchiveBytes: 2 * 1024 * 1024 * 1024,
  maxArchiveEntries: 20_000,
  maxCompressionRatio: 100,
};

/** Ratios are only judged past this size: tiny files compress wildly without being bombs. */
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

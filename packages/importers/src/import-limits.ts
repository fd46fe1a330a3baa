/** Bounds that keep a hostile or broken upload from exhausting memory or time. */
export interface ImportLimits {
  /** Largest uncompressed size of one file (after gunzip, or one archive entry). */
  maxFileBytes: number;
  /** Largest total uncompressed size of an archive. */
  maxArchiveBytes: number;
  /** Most entries an archive may list. */
  maxArchiveEntries: number;
  /**
   * Largest uncompressed/compressed ratio of every archive entry and gzip file, whatever its size: real
   * activity files stay under 20×, while 1 MiB of zeros deflates 1,000×. Many small bomb entries add up.
   */
  maxCompressionRatio: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 128 * 1024 * 1024,
  maxArchiveBytes: 2 * 1024 * 1024 * 1024,
  maxArchiveEntries: 20_000,
  maxCompressionRatio: 100,
};

import { type GuideContentSection, normalizeSearchText } from "./guide-content.ts";

export interface GuideSearchResult {
  sections: GuideContentSection[];
  /** Entries that match, across all sections. */
  count: number;
}

/**
 * Filters the guide as the runner types: every word of the query must appear in the entry or its
 * section title (accents and case ignored). An empty query keeps everything.
 */
export function searchGuide(sections: readonly GuideContentSection[], query: string): GuideSearchResult {
  const terms = normalizeSearchText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) {
    return { sections: [...sections], count: sections.reduce((sum, section) => sum + section.entries.length, 0) };
  }
  const found: GuideContentSection[] = [];
  let count = 0;
  for (const section of sections) {
    const sectionTitle = normalizeSearchText(section.title);
    const entries = section.entries.filter((entry) => {
      const text = `${sectionTitle} \n ${normalizeSearchText(entry.title)} \n ${entry.searchText}`;
      return terms.every((term) => text.includes(term));
    });
    if (entries.length > 0) {
      found.push({ ...section, entries });
      count += entries.length;
    }
  }
  return { sections: found, count };
}

/** "3 results for “shoes”", said politely to screen readers as the runner types. */
export function resultsSummary(query: string, count: number): string {
  const trimmed = query.trim();
  if (!trimmed) return "";
  if (count === 0) return `No results for “${trimmed}”. Try another word.`;
  return `${count} ${count === 1 ? "result" : "results"} for “${trimmed}”`;
}

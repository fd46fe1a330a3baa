import type { SourceRef } from "../protocol/protocol-types.ts";

/**
 * Every source a rule in Backstride can cite. Ids are stable: they are stored with content and shown
 * beside rules, so never rename one. Findings are our own one-line summaries (see EVIDENCE.md).
 */
export const sources = {
  article: {
    id: "article",
    label: "Backstride source article: lower back pain from running",
    finding:
      "A three-phase plan (72-hour relief, 3-week rebuild, walk/run return) with a 3/10 pain stop, a 10% weekly cap and prevention habits.",
  },
  niceNg59: {
    id: "nice-ng59",
    label: "NICE NG59, Low back pain and sciatica (2016, updated 2020)",
    finding:
      "Think of other causes (cancer, infection, trauma, inflammatory disease); no routine imaging for back pain.",
  },
  finucane2020: {
    id: "finucane-2020",
    label: "Finucane et al., IFOMPT red flags framework, JOSPT 2020",
    finding:
      "Four serious conditions to screen for (cauda equina, fracture, cancer, infection); single red flags are weak, so combine and re-check them.",
  },
  girftCes2023: {
    id: "girft-ces-2023",
    label: "GIRFT national pathway for suspected cauda equina syndrome, 2023",
    finding: "Cauda equina syndrome is a surgical emergency; any warning-card symptom means emergency care now.",
  },
  niceNg65: {
    id: "nice-ng65",
    label: "NICE NG65, Spondyloarthritis in over-16s (2017)",
    finding:
      "Back pain for over 3 months that began before 45, with signs such as waking in the second half of the night or easing with movement, may be inflammatory: refer to rheumatology.",
  },
  buist2008: {
    id: "buist-2008",
    label: "Buist et al., Am J Sports Med 2008",
    finding:
      "In 532 novices, a 13-week plan capped at +10% a week had the same injury rate as an 8-week plan (20.8% vs 20.3%).",
  },
  nielsen2014: {
    id: "nielsen-2014",
    label: "Nielsen et al., JOSPT 2014",
    finding:
      "In 874 novices, increasing weekly distance by more than 30% over 2 weeks was linked to more distance-related injuries (HR 1.59, borderline).",
  },
  frandsen2025: {
    id: "frandsen-2025",
    label: "Frandsen et al., BJSM 2025",
    finding:
      "In 5,205 runners, a single run more than 10% longer than the longest run of the previous 30 days raised injury rates; weekly ratios did not.",
  },
  heiderscheit2011: {
    id: "heiderscheit-2011",
    label: "Heiderscheit et al., Med Sci Sports Exerc 2011",
    finding: "Raising step rate by 5% cut the energy absorbed at the knee; by 10%, at the hip as well.",
  },
  anderson2022: {
    id: "anderson-2022",
    label: "Anderson et al., Sports Medicine - Open 2022",
    finding:
      "Across 37 studies a higher step rate reliably changes running mechanics; there is not enough evidence yet that it prevents injury, and none in back pain.",
  },
  silbernagel2007: {
    id: "silbernagel-2007",
    label: "Silbernagel et al., Am J Sports Med 2007",
    finding:
      "Pain-monitoring model for Achilles tendinopathy: 0-2 safe, up to 5/10 acceptable if settled by next morning; tested in tendons, not backs.",
  },
  neason2024: {
    id: "neason-2024",
    label: "Neason et al., ASTEROID trial, BJSM 2024",
    finding:
      "In 40 adults with chronic low back pain, a 12-week run-walk programme (3 x 30 min a week, one stage at a time) lowered pain by 15.3/100 against control.",
  },
  malisoux2015: {
    id: "malisoux-2015",
    label: "Malisoux et al., Scand J Med Sci Sports 2015",
    finding: "Runners who rotated more than one pair of shoes had a lower injury risk (HR 0.61).",
  },
  malisoux2016: {
    id: "malisoux-2016",
    label: "Malisoux et al., Am J Sports Med 2016",
    finding:
      "Heel-to-toe drop had no overall effect on injury; low drop helped occasional runners (HR 0.48) but not regular ones (HR 1.67).",
  },
  ostelo2008: {
    id: "ostelo-2008",
    label: "Ostelo et al., Spine 2008",
    finding: "On a 0-10 pain scale, a change of 2 points or 30% is clinically important for people with back pain.",
  },
  stratford1995: {
    id: "stratford-1995",
    label: "Stratford et al., Physiotherapy Canada 1995",
    finding:
      "The Patient-Specific Functional Scale: the patient names activities they find hard and rates each 0 (unable) to 10 (as before).",
  },
  maughanLewis2010: {
    id: "maughan-lewis-2010",
    label: "Maughan & Lewis, Eur Spine J 2010",
    finding:
      "In chronic low back pain, a change of 1.4 points in the average Patient-Specific Functional Scale score was the minimal clinically important difference.",
  },
  jaeschke1989: {
    id: "jaeschke-1989",
    label: "Jaeschke et al., Control Clin Trials 1989",
    finding:
      "A 15-point global rating of change (-7 to +7): 1-3 a small change, 4-5 a moderate one, 6-7 a large one, in either direction.",
  },
} as const satisfies Record<string, Required<SourceRef>>;

export type SourceKey = keyof typeof sources;

/** All sources as a list, in the order above (stable for display). */
export const sourceList: readonly SourceRef[] = Object.values(sources);

/** Looks a source up by its stored id (e.g. "frandsen-2025"); undefined when unknown. */
export function sourceById(id: string): SourceRef | undefined {
  return sourceList.find((source) => source.id === id);
}

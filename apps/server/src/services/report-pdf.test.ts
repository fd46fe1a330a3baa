import { describe, expect, it } from "vitest";
import { pdfText } from "../../test/support/pdf-text.ts";
import { reportPdf, winAnsiText } from "./report-pdf.ts";

describe("winAnsiText", () => {
  it("keeps Latin-1 and the typographic marks Helvetica holds", () => {
    expect(winAnsiText("Zoë Núñez · 5–6 “km” …")).toBe("Zoë Núñez · 5–6 “km” …");
  });

  it("drops accents Helvetica lacks and replaces other scripts, never drawing wrong glyphs", () => {
    expect(winAnsiText("Erdős Łukasz")).toBe("Erdos ?ukasz");
    expect(winAnsiText("王芳")).toBe("??");
  });
});

describe("reportPdf", () => {
  const section = (title: string, count: number) => ({
    title,
    lines: Array.from({ length: count }, (_, index) => `${title} line ${index + 1}: pain averaged 2.0/10 this week`),
  });

  it("shrinks a long report's type to keep it on one page", async () => {
    const report = {
      title: "Backstride clinician report",
      subtitle: "Runner: Ana · Thu 1 Jan 2026 to Tue 31 Mar 2026 · made Tue 31 Mar 2026",
      sections: ["Pain trend", "Adherence", "Load"].map((title) => section(title, 14)),
    };
    const bytes = await reportPdf({ report, paper: "letter", createdAt: new Date("2026-03-31T12:00:00Z") });
    const { pages } = await pdfText(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.text).toContain("Load line 14");
  });

  it("goes on to a second page rather than print unreadably small", async () => {
    const report = { title: "Long", subtitle: "Runner: Ana", sections: [section("Pain trend", 200)] };
    const { pages } = await pdfText(await reportPdf({ report, paper: "a4", createdAt: new Date() }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.at(-1)?.text).toContain(`page ${pages.length} of ${pages.length}`);
  });
});

import type { ClinicianReport } from "@backstride/domain";
import PDFDocument from "pdfkit";

export type Paper = "a4" | "letter";

/** Page sizes in PDF points (1/72 inch). */
const paperSizes: Record<Paper, [number, number]> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};
const marginPoints = 40;
/** The body shrinks from the first size towards the last until the report fits on one page. */
const bodySizesPoints = [9.5, 9, 8.5, 8, 7.5, 7];
const lineGap = 1.5;
/** Where a list line's text starts after its bullet; wrapped lines hang there too. */
const listIndentPoints = 9;

/**
 * Characters outside Latin-1 that the standard fonts' WinAnsi encoding still holds (dashes, quotes,
 * bullet, ellipsis, euro...): the only ones above U+00FF that Helvetica can draw without embedding a font.
 */
const winAnsiExtras = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const drawable = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(code);
};

/**
 * Text the built-in Helvetica can draw: a letter it lacks loses its accent ("Ł" cannot, "ő" becomes
 * "o"), and anything else becomes "?", so a name in another script never turns into wrong glyphs.
 */
export function winAnsiText(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    if (drawable(char)) {
      out += char;
      continue;
    }
    const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
    out += base !== "" && [...base].every(drawable) ? base : "?";
  }
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;

function write(doc: Doc, report: ClinicianReport, bodySize: number, width: number): void {
  doc.font("Helvetica-Bold").fontSize(bodySize + 6);
  doc.text(winAnsiText(report.title), { width, lineGap });
  doc.font("Helvetica-Bold").fontSize(bodySize + 1);
  doc.text(winAnsiText(report.subtitle), { width, lineGap });
  for (const section of report.sections) {
    doc.moveDown(0.4);
    doc.font("Helvetica-Bold").fontSize(bodySize + 1.5);
    doc.text(winAnsiText(section.title), { width, lineGap });
    // A black rule under each heading: structure that survives a black-and-white printer or copier.
    const y = doc.y;
    doc
      .moveTo(marginPoints, y)
      .lineTo(marginPoints + width, y)
      .lineWidth(0.5)
      .strokeColor("#000")
      .stroke();
    doc.moveDown(0.15);
    doc.font("Helvetica").fontSize(bodySize);
    doc.list(section.lines.map(winAnsiText), { width, lineGap, bulletRadius: 1.2, textIndent: listIndentPoints });
  }
}

/** Height the report takes at a body size, measured on a throwaway document of the same page. */
function heightAt(report: ClinicianReport, bodySize: number, paper: Paper): number {
  const probe = new PDFDocument({ size: paperSizes[paper], margin: marginPoints });
  const width = paperSizes[paper][0] - 2 * marginPoints;
  let height = 0;
  const measure = (text: string, font: string, size: number, indent = 0) => {
    probe.font(font).fontSize(size);
    height += probe.heightOfString(winAnsiText(text), { width: width - indent, lineGap });
  };
  measure(report.title, "Helvetica-Bold", bodySize + 6);
  measure(report.subtitle, "Helvetica-Bold", bodySize + 1);
  for (const section of report.sections) {
    probe.font("Helvetica").fontSize(bodySize);
    height += probe.currentLineHeight(true) * 0.55;
    measure(section.title, "Helvetica-Bold", bodySize + 1.5);
    for (const line of section.lines) measure(line, "Helvetica", bodySize, listIndentPoints + 4);
  }
  probe.end();
  return height;
}

/**
 * The clinician report as a PDF: black text and rules on white, the built-in Helvetica (nothing to
 * embed, text extractable), one page where the body can shrink to fit (7 pt at least), more pages
 * after that rather than unreadable type. Each page carries the runner, the period and its number.
 */
export async function reportPdf(input: {
  report: ClinicianReport;
  paper: Paper;
  /** When the file was made (document info), from the injected clock. */
  createdAt: Date;
}): Promise<Buffer> {
  const { report, paper } = input;
  const [pageWidth, pageHeight] = paperSizes[paper];
  const width = pageWidth - 2 * marginPoints;
  const footerPoints = 14;
  const room = pageHeight - 2 * marginPoints - footerPoints;
  const bodySize =
    bodySizesPoints.find((size) => heightAt(report, size, paper) <= room) ??
    bodySizesPoints[bodySizesPoints.length - 1] ??
    7;
  const doc = new PDFDocument({
    size: paperSizes[paper],
    margins: { top: marginPoints, bottom: marginPoints + footerPoints, left: marginPoints, right: marginPoints },
    bufferPages: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: winAnsiText(`${report.title}: ${report.subtitle}`),
      Author: "Backstride",
      Creator: "Backstride",
      CreationDate: input.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.fillColor("#000");
  write(doc, report, bodySize, width);
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const footer = `${report.subtitle} · page ${index + 1} of ${range.count}`;
    doc.font("Helvetica").fontSize(7).fillColor("#000");
    // Written inside the bottom margin: without lifting it, pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(winAnsiText(footer), marginPoints, pageHeight - marginPoints, {
      width,
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

import { fileURLToPath } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** pdf.js reads the metrics of the 14 standard fonts (the report's Helvetica) from its own package. */
const standardFontDataUrl = fileURLToPath(
  new URL("../../standard_fonts/", import.meta.resolve("pdfjs-dist/legacy/build/pdf.mjs")),
);

/**
 * What a reader of the PDF sees: each page's size in points and its text, with every run of white
 * space (line wraps included) read as one space, so a test can look for a phrase wherever it wrapped.
 */
export async function pdfText(
  bytes: Uint8Array,
): Promise<{ pages: { widthPoints: number; heightPoints: number; text: string }[] }> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : ""))
      .join("")
      .replace(/\s+/g, " ");
    pages.push({ widthPoints: x1 - x0, heightPoints: y1 - y0, text });
  }
  await document.destroy();
  return { pages };
}

/**
 * Hand scanners for the repetitive part of GPX and TCX (the track points), which fast-xml-parser hands
 * over as raw text (stop nodes): building an object per point is ~20× slower than reading it here.
 * indexOf-based on purpose: linear on any input, where a regular expression could backtrack.
 */

/** Calls `visit` for each element with this local name (any namespace prefix): its attribute text and inner XML. */
export function forEachElement(
  xml: string,
  localName: string,
  visit: (attributes: string, inner: string) => void,
): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) return;
    const next = xml[lt + 1];
    if (next === "!" || next === "?" || next === "/") {
      at = skipMarkup(xml, lt);
      if (at < 0) return;
      continue;
    }
    const nameEnd = endOfName(xml, lt + 1);
    const qualifiedName = xml.slice(lt + 1, nameEnd);
    const gt = xml.indexOf(">", nameEnd);
    if (gt < 0) return;
    if (localNameOf(qualifiedName) !== localName) {
      at = gt + 1;
      continue;
    }
    const selfClosing = xml[gt - 1] === "/";
    const attributes = xml.slice(nameEnd, selfClosing ? gt - 1 : gt);
    if (selfClosing) {
      visit(attributes, "");
      at = gt + 1;
      continue;
    }
    const close = xml.indexOf(`</${qualifiedName}`, gt + 1);
    visit(attributes, xml.slice(gt + 1, close < 0 ? xml.length : close));
    if (close < 0) return;
    const closeEnd = xml.indexOf(">", close);
    if (closeEnd < 0) return;
    at = closeEnd + 1;
  }
}

/**
 * Text of the leaf elements inside a fragment, by local name, first occurrence kept
 * (`<ns3:hr>140</ns3:hr>` gives hr → "140"). Comments and CDATA are skipped.
 */
export function leafValues(xml: string): Map<string, string> {
  const values = new Map<string, string>();
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) break;
    const next = xml[lt + 1];
    if (next === "!" || next === "?" || next === "/") {
      at = skipMarkup(xml, lt);
      if (at < 0) break;
      continue;
    }
    const nameEnd = endOfName(xml, lt + 1);
    const gt = xml.indexOf(">", nameEnd);
    if (gt < 0) break;
    at = gt + 1;
    if (xml[gt - 1] === "/") continue;
    const textEnd = xml.indexOf("<", at);
    if (textEnd < 0) break;
    if (xml[textEnd + 1] === "/") {
      const name = localNameOf(xml.slice(lt + 1, nameEnd));
      if (!values.has(name)) values.set(name, xml.slice(at, textEnd).trim());
    }
  }
  return values;
}

/** Value of an attribute in a start tag's attribute text, e.g. lat in ` lat="45.1" lon="7.2"`. */
export function attributeValue(attributes: string, name: string): string | undefined {
  let at = 0;
  while (at < attributes.length) {
    const found = attributes.indexOf(name, at);
    if (found < 0) return undefined;
    at = found + name.length;
    const before = attributes[found - 1];
    if (before !== undefined && before !== " " && before !== "\t" && before !== "\n" && before !== "\r") continue;
    let i = at;
    while (attributes[i] === " ") i++;
    if (attributes[i] !== "=") continue;
    i++;
    while (attributes[i] === " ") i++;
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = attributes.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    return attributes.slice(i + 1, end);
  }
  return undefined;
}

function endOfName(xml: string, from: number): number {
  let i = from;
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    // whitespace, "/" or ">" end a tag name
    if (c <= 32 || c === 47 || c === 62) break;
    i++;
  }
  return i;
}

function localNameOf(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(":");
  return colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** Past a comment, CDATA section, processing instruction or end tag starting at `lt`; -1 when unterminated. */
function skipMarkup(xml: string, lt: number): number {
  const terminator = xml.startsWith("<!--", lt)
    ? "-->"
    : xml.startsWith("<![CDATA[", lt)
      ? "]]>"
      : xml[lt + 1] === "?"
        ? "?>"
        : ">";
  const end = xml.indexOf(terminator, lt + 2);
  return end < 0 ? -1 : end + terminator.length;
}

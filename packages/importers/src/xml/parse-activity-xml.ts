import { XMLParser } from "fast-xml-parser";
import { ImportError } from "../import-error.ts";

/** Elements that repeat in GPX and TCX; always arrays so a file with one lap reads like one with ten. */
const REPEATED = new Set(["trk", "trkseg", "trkpt", "rte", "rtept", "Activity", "Lap", "Track", "Trackpoint"]);

/**
 * fast-xml-parser's own default for entity expansion has changed between releases, so the bounds are
 * spelled out. GPX and TCX never declare entities; a DOCTYPE with entities is refused before parsing.
 */
const parserOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: {
    enabled: true,
    maxEntitySize: 64,
    maxExpansionDepth: 1,
    maxTotalExpansions: 10_000,
    maxExpandedLength: 100_000,
    maxEntityCount: 1,
  },
  htmlEntities: false,
  isArray: (name: string) => REPEATED.has(name),
};

/** One parser per set of stop nodes (elements handed back as raw text for the point scanners). */
const parsers = new Map<string, XMLParser>();

function parserFor(stopNodes: string[]): XMLParser {
  const key = stopNodes.join(",");
  let parser = parsers.get(key);
  if (!parser) {
    parser = new XMLParser({ ...parserOptions, stopNodes });
    parsers.set(key, parser);
  }
  return parser;
}

/** A parsed element: child elements by local name, attributes as "@name", text as "#text". */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[] | undefined;

const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");

/**
 * Parses a GPX or TCX document. Elements matched by `stopNodes` (e.g. "*.trkseg") come back as their
 * raw inner XML, for scan-elements.ts to read point by point.
 */
export function parseActivityXml(bytes: Uint8Array, fileName: string, stopNodes: string[] = []): XmlNode {
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? utf16le.decode(bytes) : utf8.decode(bytes);
  if (/<!ENTITY/i.test(text)) {
    throw new ImportError(
      "xml-entities",
      `${fileName} declares XML entities, which activity files never do (an "entity bomb" pattern): refused.`,
    );
  }
  try {
    // Exports are indented; dropping whitespace-only text between tags first makes the parse ~25 % faster.
    return parserFor(stopNodes).parse(text.replace(/>\s+</g, "><")) as XmlNode;
  } catch (error) {
    throw new ImportError("xml-invalid", `${fileName} is not well-formed XML (${(error as Error).message}).`);
  }
}

/** Child element (first when repeated). */
export function child(node: XmlValue, name: string): XmlNode | undefined {
  if (node === undefined || typeof node === "string" || Array.isArray(node)) return undefined;
  const value = node[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "object" && !Array.isArray(first) ? first : undefined;
}

/** Raw inner XML of repeated stop-node children (a string each; "" for empty elements). */
export function rawChildren(node: XmlValue, name: string): string[] {
  if (node === undefined || typeof node === "string" || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) =>
    typeof v === "string"
      ? v
      : v && typeof v === "object" && !Array.isArray(v) && typeof v["#text"] === "string"
        ? v["#text"]
        : "",
  );
}

/** Repeated child elements (declared in REPEATED) as an array of nodes. */
export function children(node: XmlValue, name: string): XmlNode[] {
  if (node === undefined || typeof node === "string" || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is XmlNode => typeof v === "object" && !Array.isArray(v));
}

/** Text of a child element or attribute; elements with attributes keep their text under "#text". */
export function text(node: XmlValue, name: string): string | undefined {
  if (node === undefined || typeof node === "string" || Array.isArray(node)) return undefined;
  let value = node[name];
  if (Array.isArray(value)) value = value[0];
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const inner = value["#text"];
    return typeof inner === "string" ? inner : undefined;
  }
  return undefined;
}

/** A finite number from a child's text, or null. */
export function numberOf(node: XmlValue, name: string): number | null {
  return finite(text(node, name));
}

/** A finite number from element text, or null (missing, empty or not a number). */
export function finite(raw: string | undefined): number | null {
  if (raw === undefined || raw === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** Epoch seconds of an ISO 8601 timestamp, or null when missing or unparsable. */
export function isoSeconds(raw: string | undefined): number | null {
  if (!raw) return null;
  // Without a zone designator the time is taken as UTC (GPX and TCX times are UTC by specification).
  const normalized = /(?:Z|[+-]\d\d:?\d\d)$/.test(raw) ? raw : `${raw}Z`;
  const ms = Date.parse(normalized);
  return Number.isFinite(ms) ? ms / 1000 : null;
}

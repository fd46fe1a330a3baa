import { describe, expect, it } from "vitest";
import { attributeValue, forEachElement, leafValues } from "./scan-elements.ts";

describe("XML point scanners", () => {
  it("visits elements under any prefix, self-closing or not, past comments", () => {
    const xml = `<!-- <trkpt lat="9" lon="9"/> --><trkpt lat="1" lon='2'><ele>3</ele></trkpt><x:trkpt lat="4" lon="5"/>`;
    const seen: [string | undefined, string | undefined, string][] = [];
    forEachElement(xml, "trkpt", (attributes, inner) =>
      seen.push([attributeValue(attributes, "lat"), attributeValue(attributes, "lon"), inner]),
    );
    expect(seen).toEqual([
      ["1", "2", "<ele>3</ele>"],
      ["4", "5", ""],
    ]);
  });

  it("reads leaf values by local name, the first one winning", () => {
    const values = leafValues(
      "<ele> 12.5 </ele><extensions><ns3:TPX><ns3:hr>140</ns3:hr><ns3:hr>1</ns3:hr></ns3:TPX></extensions>",
    );
    expect(Object.fromEntries(values)).toEqual({ ele: "12.5", hr: "140" });
  });

  it("does not match attribute names that merely end the same way", () => {
    expect(attributeValue(' flat="1" lat="2"', "lat")).toBe("2");
  });

  it("stays linear on hostile fragments", () => {
    const hostile = "<a ".repeat(100_000);
    expect(leafValues(hostile).size).toBe(0);
    forEachElement(`${"<!--".repeat(100_000)}`, "trkpt", () => {
      throw new Error("no element expected");
    });
  });
});

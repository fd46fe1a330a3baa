import { describe, expect, it } from "vitest";
import { type RenderedRosterPage, RenderedRosterPages } from "./rendered-roster-pages.ts";

function page(bodyBytes: number): RenderedRosterPage {
  return {
    body: { bytes: Buffer.alloc(bodyBytes), gzipped: undefined },
    runnerIds: [],
    unchanged: { sort: "attention", limit: 50, offset: 0, changeSeqs: "1", total: 1 },
    validUntil: "2026-03-11T00:00:00.000Z",
  };
}

describe("rendered roster pages", () => {
  it("keys a page by coach, sort, size and offset", () => {
    const key = RenderedRosterPages.key("coach", { sort: "name", limit: 50, offset: 100 });
    expect(key).not.toBe(RenderedRosterPages.key("coach", { sort: "name", limit: 50, offset: 50 }));
    expect(key).not.toBe(RenderedRosterPages.key("coach", { sort: "pain", limit: 50, offset: 100 }));
    expect(key).not.toBe(RenderedRosterPages.key("other", { sort: "name", limit: 50, offset: 100 }));
  });

  it("drops the least recently used pages once their bytes pass the capacity", () => {
    const pages = new RenderedRosterPages(250);
    const [a, b, c] = [page(100), page(100), page(100)];
    pages.set("a", a);
    pages.set("b", b);
    expect(pages.get("a")).toBe(a);
    pages.set("c", c);
    // "b" was used least recently: "a" was read after it was kept.
    expect(pages.get("b")).toBeUndefined();
    expect(pages.get("a")).toBe(a);
    expect(pages.get("c")).toBe(c);
    expect(pages.size).toEqual({ pages: 2, bytes: 200 });
  });

  it("replaces a page kept under the same key, and keeps none larger than the capacity", () => {
    const pages = new RenderedRosterPages(250);
    pages.set("a", page(100));
    const newer = page(120);
    pages.set("a", newer);
    expect(pages.get("a")).toBe(newer);
    expect(pages.size).toEqual({ pages: 1, bytes: 120 });
    pages.set("huge", page(300));
    expect(pages.get("huge")).toBeUndefined();
    pages.delete("a");
    expect(pages.size).toEqual({ pages: 0, bytes: 0 });
    const none = new RenderedRosterPages(0);
    none.set("a", page(1));
    expect(none.get("a")).toBeUndefined();
  });
});

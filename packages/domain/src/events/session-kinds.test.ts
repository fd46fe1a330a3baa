import { describe, expect, it } from "vitest";
import { sessionKindSchema } from "./events.ts";
import { isSessionKind, sessionKinds } from "./session-kinds.ts";

describe("sessionKinds", () => {
  it("is the list the event schema accepts", () => {
    expect(sessionKindSchema.options).toEqual([...sessionKinds]);
  });

  it("tells a session kind from any other task kind", () => {
    expect(isSessionKind("walk-run")).toBe(true);
    expect(isSessionKind("seek-care")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { milesToMeters } from "../units/conversions.ts";
import { shoeRotation } from "./shoe-rotation.ts";

const rules = defaultProtocol.shoes;

describe("shoeRotation", () => {
  it("suggests a second pair when only one is active", () => {
    const rotation = shoeRotation({ shoes: [{ id: "a", distanceMeters: 1000 }], rules });
    expect(rotation.suggestSecondPair).toBe(true);
    expect(rotation.nextShoeId).toBe("a");
    expect(rotation.sources[0]?.id).toBe("malisoux-2015");
  });
  it("picks the least-worn active pair and skips worn-out or retired ones", () => {
    const rotation = shoeRotation({
      shoes: [
        { id: "old", distanceMeters: milesToMeters(550) },
        { id: "b", distanceMeters: 90_000 },
        { id: "c", distanceMeters: 40_000 },
        { id: "gone", distanceMeters: 1000, retiredAt: "2026-01-01" },
      ],
      rules,
    });
    expect(rotation.nextShoeId).toBe("c");
    expect(rotation.suggestSecondPair).toBe(false);
  });
});

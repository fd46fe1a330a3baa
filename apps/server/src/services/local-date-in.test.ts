import { localDateOf } from "@backstride/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateIn } from "./local-date-in.ts";

describe("localDateIn", () => {
  it("agrees with the domain's localDateOf in every zone and at any instant", () => {
    const zones = [
      "UTC",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
      "Pacific/Pago_Pago",
      "Asia/Kolkata",
      "Europe/Paris",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(localDateIn(instant, zone)).toBe(localDateOf(instant.toISOString(), zone));
        },
      ),
    );
  });
});

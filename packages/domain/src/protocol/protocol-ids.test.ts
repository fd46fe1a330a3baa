import { describe, expect, it } from "vitest";
import { defaultProtocol } from "./default-protocol.ts";

/** Ids are stored in events and shown in the app: a change here must be deliberate. */
describe("defaultProtocol ids", () => {
  it("keeps every content id stable", () => {
    expect({
      relief: defaultProtocol.relief.tasks.map((task) => task.id),
      avoid: defaultProtocol.relief.avoid.map((item) => item.id),
      circuit: defaultProtocol.rebuild.circuit.map((exercise) => exercise.id),
      prep: defaultProtocol.returnToRun.weeks.map((week) => week.prep.id),
      strength: defaultProtocol.strength.exercises.map((exercise) => exercise.id),
      mobility: defaultProtocol.mobility.exercises.map((exercise) => exercise.id),
    }).toMatchInlineSnapshot(`
      {
        "avoid": [
          "no-running",
          "no-stretching",
          "no-foam-rolling",
          "no-stomach-sleeping",
        ],
        "circuit": [
          "dead-bug",
          "glute-bridge-band",
          "cat-cow",
          "hip-90-90-rotation",
          "single-leg-rdl",
        ],
        "mobility": [
          "hip-90-90-rotation",
          "thoracic-open-book",
          "cat-cow",
        ],
        "prep": [
          "glute-activation",
          "form-check",
          "post-run-ice",
        ],
        "relief": [
          "pool-walk",
          "ice-then-heat",
          "sleep-position",
        ],
        "strength": [
          "deadlift",
          "hip-thrust",
          "single-leg-rdl",
        ],
      }
    `);
  });

  it("cites a source for every section and exercise", () => {
    const sections = [
      defaultProtocol.relief,
      defaultProtocol.rebuild,
      defaultProtocol.returnToRun,
      defaultProtocol.strength,
      defaultProtocol.mobility,
    ];
    for (const section of sections) expect(section.sources.length).toBeGreaterThan(0);
    for (const exercise of [...defaultProtocol.rebuild.circuit, ...defaultProtocol.strength.exercises]) {
      expect(exercise.sources.length).toBeGreaterThan(0);
      expect(exercise.howTo.length).toBeGreaterThan(1);
    }
  });
});

import { sources } from "../sources/sources.ts";
import type { Exercise } from "./protocol-types.ts";

/** Kilograms in one pound (exact by definition); the article's 5 lb weight is stored in kg. */
const KG_PER_POUND = 0.45359237;

/** Rebuild circuit: core control to stop the torso folding late in a run. */
export const deadBug: Exercise = {
  id: "dead-bug",
  name: "Dead bugs",
  dosage: { kind: "sets-reps", sets: 3, reps: 10, perSide: true },
  howTo: [
    "Lie on your back, arms pointing at the ceiling, hips and knees bent at right angles.",
    "Press your lower back gently into the floor and keep it there.",
    "Slowly reach one arm back and straighten the opposite leg, then return and switch sides.",
  ],
  feel: "Work deep in your belly. Stop if your lower back arches off the floor or the pain climbs.",
  targets: ["core-collapse"],
  optional: false,
  sources: [sources.article],
};

/** Rebuild circuit: wakes up the glutes so the lower back no longer does their work. */
export const gluteBridgeBand: Exercise = {
  id: "glute-bridge-band",
  name: "Glute bridges with a band",
  dosage: { kind: "sets-reps", sets: 3, reps: 12, perSide: false },
  equipment: "resistance band just above the knees",
  howTo: [
    "Lie on your back, knees bent, feet flat and hip-width apart, band above the knees.",
    "Push the knees slightly out against the band.",
    "Squeeze your buttocks and lift the hips until knees, hips and shoulders line up; lower slowly.",
  ],
  feel: "Your buttocks do the lifting. If you feel it mostly in your lower back, lift less high.",
  targets: ["weak-glutes-hamstrings"],
  optional: false,
  sources: [sources.article],
};

/** Rebuild circuit and daily mobility: gentle spine movement, slow and fluid. */
export const catCow: Exercise = {
  id: "cat-cow",
  name: "Cat-cow",
  dosage: { kind: "duration", durationSeconds: 120, perSide: false },
  howTo: [
    "Start on hands and knees, hands under shoulders, knees under hips.",
    "Breathe in and let the belly sink as you look forward; breathe out and round your back up.",
    "Move slowly and smoothly between the two, without forcing the end positions.",
  ],
  feel: "Easy movement along the whole spine. It should never be sharp.",
  targets: ["core-collapse", "hip-flexor-tightness"],
  optional: false,
  sources: [sources.article],
};

/** Rebuild circuit and daily mobility: frees the hips so the pelvis is not pulled forward. */
export const hip9090Rotation: Exercise = {
  id: "hip-90-90-rotation",
  name: "90/90 hip rotations",
  dosage: { kind: "duration", durationSeconds: 120, perSide: true },
  howTo: [
    "Sit on the floor with both knees bent at right angles, one leg in front of you and one to the side.",
    "Sit tall, then slowly swing both knees over to the other side so the legs swap roles.",
    "Keep rotating side to side at an easy pace.",
  ],
  feel: "A stretch deep in the hips, not in the lower back. Use your hands behind you for support.",
  targets: ["hip-flexor-tightness"],
  optional: false,
  sources: [sources.article],
};

/**
 * Optional in the rebuild circuit: the article's breakthrough exercise with a 5 lb weight.
 * The article gives no sets or reps; 2 x 8 per side is our own conservative dosage.
 */
export const singleLegRdl: Exercise = {
  id: "single-leg-rdl",
  name: "Single-leg Romanian deadlifts",
  dosage: { kind: "sets-reps", sets: 2, reps: 8, perSide: true },
  equipment: "a light weight (5 lb) in the hand opposite the standing leg",
  loadKg: 5 * KG_PER_POUND,
  howTo: [
    "Stand on one leg with a soft knee, the weight in the opposite hand.",
    "Hinge at the hip: the chest goes forward as the free leg goes back, back kept flat.",
    "Go down only as far as you can keep the hips level, then stand tall by squeezing the buttock.",
  ],
  feel: "The back of the thigh and the buttock of the standing leg. Hold a wall if balance is a problem.",
  targets: ["weak-glutes-hamstrings"],
  optional: true,
  sources: [sources.article],
};

/** Week 4+ strength: posterior chain. Sets, reps and load are ours; the article names the lift only. */
export const deadlift: Exercise = {
  id: "deadlift",
  name: "Deadlifts",
  dosage: { kind: "sets-reps", sets: 3, reps: 8, perSide: false },
  equipment: "a kettlebell, dumbbells or a barbell you can lift 8 times with 2 more left in you",
  howTo: [
    "Stand with the weight close to your shins, feet hip-width apart.",
    "Push the hips back and bend the knees, keeping the back flat and the chest proud.",
    "Stand up by driving through the whole foot and squeezing the buttocks; lower under control.",
  ],
  feel: "Hamstrings and buttocks working hard. Your back holds its shape; it should not ache afterwards.",
  targets: ["weak-glutes-hamstrings", "core-collapse"],
  optional: false,
  sources: [sources.article],
};

/** Week 4+ strength: posterior chain. Dosage is ours; the article names the exercise only. */
export const hipThrust: Exercise = {
  id: "hip-thrust",
  name: "Hip thrusts",
  dosage: { kind: "sets-reps", sets: 3, reps: 10, perSide: false },
  equipment: "a bench or sofa edge behind the shoulders; a weight on the hips when bodyweight gets easy",
  howTo: [
    "Sit with your upper back against the bench, knees bent, feet flat.",
    "Tuck the chin and drive the hips up until the body is flat from knees to shoulders.",
    "Pause and squeeze at the top, then lower slowly.",
  ],
  feel: "A strong squeeze in the buttocks. If the lower back takes over, move the feet a little further out.",
  targets: ["weak-glutes-hamstrings"],
  optional: false,
  sources: [sources.article],
};

/** Daily mobility: the article asks for thoracic spine work; the open-book rotation and dosage are ours. */
export const thoracicOpenBook: Exercise = {
  id: "thoracic-open-book",
  name: "Open-book upper back rotations",
  dosage: { kind: "duration", durationSeconds: 120, perSide: true },
  howTo: [
    "Lie on your side with the knees bent up to hip height and the arms straight out in front, palms together.",
    "Keeping the knees together, open the top arm like a book until it points to the other side.",
    "Follow the hand with your eyes, breathe out, and close slowly.",
  ],
  feel: "Rotation in the upper and middle back. The knees stay stacked so the lower back stays quiet.",
  targets: ["core-collapse"],
  optional: false,
  sources: [sources.article],
};

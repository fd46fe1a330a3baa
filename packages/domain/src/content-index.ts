/**
 * The content half of the domain: protocol data, red-flag triage, the cause finder, the guide and
 * the source registry. Re-exported by src/index.ts.
 */
export * from "./causes/cause-questions.ts";
export type * from "./causes/cause-types.ts";
export * from "./causes/causes.ts";
export * from "./causes/rank-causes.ts";
export * from "./guide/cross-training.ts";
export * from "./guide/faq.ts";
export * from "./guide/form-fixes.ts";
export * from "./guide/gear.ts";
export * from "./guide/guide.ts";
export type * from "./guide/guide-types.ts";
export * from "./guide/long-term.ts";
export * from "./guide/pain-tracking.ts";
export * from "./guide/shoe-advice.ts";
export * from "./guide/sleep.ts";
export * from "./protocol/alternatives.ts";
export * from "./protocol/default-protocol.ts";
export * from "./protocol/dosage-seconds.ts";
export * from "./protocol/exercises.ts";
export type * from "./protocol/protocol-types.ts";
export * from "./sources/sources.ts";
export * from "./triage/evaluate-red-flags.ts";
export * from "./triage/no-improvement.ts";
export * from "./triage/red-flag-questions.ts";
export type * from "./triage/triage-types.ts";

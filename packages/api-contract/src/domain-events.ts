/**
 * The one place the contract reaches into the domain's event vocabulary. It imports the source file
 * directly only until @backstride/domain's entry re-exports it; then this becomes a package import.
 */
export {
  backstrideEventSchema,
  coachAdjustmentSchema,
  localDateSchema,
  surfaceSchema,
} from "../../domain/src/events/events.ts";

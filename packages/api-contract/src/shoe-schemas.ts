import { z } from "zod";

export const shoeWearSchema = z.object({
  /** ok: keep running; warn: check the foam, plan a new pair; replace: past its useful life; retired: no longer used. */
  status: z.enum(["ok", "warn", "replace", "retired"]),
  message: z.string(),
});

export const shoeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    brand: z.string().nullable(),
    dropMm: z.number().nullable(),
    /** Distance the shoe had before it was added to Backstride. */
    startDistanceMeters: z.number(),
    isDefault: z.boolean(),
    warnAtMeters: z.number().nullable(),
    replaceAtMeters: z.number().nullable(),
    retiredAt: z.string().nullable(),
    createdAt: z.string(),
    /**
     * The day the pair was bought or first run in (YYYY-MM-DD, the runner's time zone); pairs added
     * before the field existed start on the day they were added.
     */
    startedOn: z.iso.date(),
    /** startDistanceMeters plus every run logged with this shoe on or after startedOn. */
    distanceMeters: z.number(),
    wear: shoeWearSchema,
  })
  .meta({ id: "Shoe" });
export type Shoe = z.infer<typeof shoeSchema>;

const shoeFields = {
  name: z.string().trim().min(1).max(100),
  brand: z.string().trim().max(100).nullable(),
  dropMm: z.number().min(0).max(30).nullable(),
  startDistanceMeters: z.number().min(0).max(10_000_000),
  isDefault: z.boolean(),
  warnAtMeters: z.number().min(0).max(10_000_000).nullable(),
  replaceAtMeters: z.number().min(0).max(10_000_000).nullable(),
  startedOn: z.iso.date(),
};

export const createShoeBodySchema = z
  .object({
    name: shoeFields.name,
    brand: shoeFields.brand.optional(),
    dropMm: shoeFields.dropMm.optional(),
    startDistanceMeters: shoeFields.startDistanceMeters.default(0),
    isDefault: shoeFields.isDefault.default(false),
    warnAtMeters: shoeFields.warnAtMeters.optional(),
    replaceAtMeters: shoeFields.replaceAtMeters.optional(),
    startedOn: shoeFields.startedOn.optional(),
  })
  .strict();

export const updateShoeBodySchema = z
  .object({
    name: shoeFields.name.optional(),
    brand: shoeFields.brand.optional(),
    dropMm: shoeFields.dropMm.optional(),
    startDistanceMeters: shoeFields.startDistanceMeters.optional(),
    isDefault: shoeFields.isDefault.optional(),
    warnAtMeters: shoeFields.warnAtMeters.optional(),
    replaceAtMeters: shoeFields.replaceAtMeters.optional(),
    startedOn: shoeFields.startedOn.optional(),
  })
  .strict();

export const shoeParamsSchema = z.object({ shoeId: z.uuid() }).strict();
export const shoesResponseSchema = z.object({ shoes: z.array(shoeSchema) });

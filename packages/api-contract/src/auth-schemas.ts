import { z } from "zod";

export const roleSchema = z.enum(["runner", "coach"]);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());
/** NIST 800-63B: length over composition rules; the upper bound keeps hashing cheap to refuse. */
export const passwordSchema = z.string().min(10, "use at least 10 characters").max(256);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    roles: z.array(roleSchema),
    createdAt: z.string(),
    /** True once the owner opened the link mailed at sign-up; a coach needs it to invite runners. */
    emailVerified: z.boolean(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

export const signUpBodySchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    name: z.string().trim().min(1).max(100),
    roles: z.array(roleSchema).min(1).max(2).default(["runner"]),
  })
  .strict();

export const signInBodySchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1).max(256),
  })
  .strict();

/** The CSRF token must be echoed in the `x-csrf-token` header of every non-GET request. */
export const sessionResponseSchema = z.object({ user: userSchema, csrfToken: z.string() }).meta({ id: "Session" });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * GET /api/auth/session: the session when signed in, `{ user: null }` when not. Signed out is an
 * answer, not an error, so the app's first request never shows up as a failure in the console.
 */
export const sessionCheckResponseSchema = z
  .union([sessionResponseSchema, z.object({ user: z.null() }).meta({ id: "SignedOut" })])
  .meta({ id: "SessionCheck" });
export type SessionCheckResponse = z.infer<typeof sessionCheckResponseSchema>;

export const changePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: passwordSchema })
  .strict();

export const deleteAccountBodySchema = z.object({ password: z.string().min(1).max(256) }).strict();

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** A mailed link's token: 32 random bytes, base64url. */
export const emailTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "this link is not complete; open it from the mail again");

export const forgotPasswordBodySchema = z.object({ email: emailSchema }).strict();

export const resetPasswordBodySchema = z.object({ token: emailTokenSchema, newPassword: passwordSchema }).strict();

export const verifyEmailBodySchema = z.object({ token: emailTokenSchema }).strict();

/**
 * Sign-up and "forgot password" answer this whether or not the email has an account, so neither tells
 * a stranger who uses Backstride; what happens next is in the mail.
 */
export const checkInboxResponseSchema = z.object({ ok: z.literal(true), checkInbox: z.literal(true) });

import { randomUUID } from "node:crypto";
import type { Profile, Role, User } from "@backstride/api-contract";
import { ApiError, unauthenticated } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { SessionWithUser } from "../repositories/sessions-repository.ts";
import type { Clock } from "./clock.ts";
import { randomToken, sha256Hex } from "./crypto-tools.ts";
import { hashPassword, verifyDecoy, verifyPassword } from "./password-hasher.ts";
import type { RateLimiter, RateLimits } from "./rate-limiter.ts";

export interface IssuedSession {
  /** The raw session id: goes only into the cookie; the database keeps its sha256. */
  sessionId: string;
  csrfToken: string;
  user: User;
  maxAgeSeconds: number;
}

export function defaultProfile(name: string): Profile {
  return {
    displayName: name,
    distanceUnit: "km",
    weightUnit: "kg",
    timeZone: "UTC",
    goal: "",
    theme: "system",
    keepGpsTracks: false,
  };
}

export function presentUser(user: {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  createdAt: string;
  emailVerifiedAt: string | null;
}): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    createdAt: user.createdAt,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

/** The IP is last and holds no "|", so the key reads back unambiguously whatever the email holds. */
export function signInAttemptKey(email: string, ip: string): string {
  return `sign-in:email-ip:${email}|${ip}`;
}

export class AuthService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    private readonly rateLimits: RateLimits,
    private readonly sessionMaxAgeSeconds: number,
  ) {}

  /** Creates the account and its default profile (also used by the CLI's create-user). */
  async createUser(input: { email: string; password: string; name: string; roles: Role[] }): Promise<User> {
    if (await this.repositories.users.findByEmail(input.email)) {
      throw new ApiError(409, "conflict", "an account with this email already exists", "email");
    }
    const now = this.clock.now().toISOString();
    const user = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      roles: [...new Set(input.roles)].sort() as Role[],
      passwordHash: await hashPassword(input.password),
      createdAt: now,
      emailVerifiedAt: null,
    };
    try {
      await this.repositories.users.insert(user);
    } catch (error) {
      // Two sign-ups with one email at once: the unique index lets one through.
      if (await this.repositories.users.findByEmail(input.email)) {
        throw new ApiError(409, "conflict", "an account with this email already exists", "email");
      }
      throw error;
    }
    await this.repositories.profiles.upsert(user.id, defaultProfile(user.name), now);
    return presentUser(user);
  }

  /** A new session id every sign-in (no fixation); the one presented, if any, is deleted. */
  async signIn(
    input: { email: string; password: string },
    ip: string,
    previousSessionId: string | null,
  ): Promise<IssuedSession> {
    await this.rateLimiter.hit(`sign-in:ip:${ip}`, this.rateLimits.signInPerIp);
    // Per account *and* address: guesses from elsewhere slow only the guesser, never the owner.
    const attemptKey = signInAttemptKey(input.email, ip);
    await this.rateLimiter.attempt(attemptKey, this.rateLimits.signInPerEmailAndIp);
    const user = await this.repositories.users.findByEmail(input.email);
    if (!user) {
      await verifyDecoy(input.password);
      throw new ApiError(401, "unauthenticated", "email or password is wrong");
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      throw new ApiError(401, "unauthenticated", "email or password is wrong");
    }
    await this.rateLimiter.reset(attemptKey);
    if (previousSessionId) await this.repositories.sessions.delete(sha256Hex(previousSessionId));
    return this.issueSession(presentUser(user));
  }

  async issueSession(user: User): Promise<IssuedSession> {
    const now = this.clock.now();
    const sessionId = randomToken(32);
    const csrfToken = randomToken(32);
    await this.repositories.sessions.insert({
      idHash: sha256Hex(sessionId),
      userId: user.id,
      csrfToken,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.sessionMaxAgeSeconds * 1000).toISOString(),
    });
    return { sessionId, csrfToken, user, maxAgeSeconds: this.sessionMaxAgeSeconds };
  }

  async sessionFor(sessionId: string): Promise<SessionWithUser | null> {
    // Session ids are 43 base64url characters; anything else cannot be one of ours.
    if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return null;
    return this.repositories.sessions.findLive(sha256Hex(sessionId), this.clock.now().toISOString());
  }

  async signOut(session: SessionWithUser): Promise<void> {
    await this.repositories.sessions.delete(session.idHash);
  }

  /**
   * Every password check of a signed-in account goes through one back-off per account: a stolen
   * session must not become a fast password oracle (change password, delete account).
   */
  private async checkPassword(
    user: { id: string; passwordHash: string },
    password: string,
    wrongMessage: string,
    field: string,
  ): Promise<void> {
    const key = `password-check:user:${user.id}`;
    await this.rateLimiter.attempt(key, this.rateLimits.passwordCheckPerUser);
    if (!(await verifyPassword(user.passwordHash, password))) throw new ApiError(403, "forbidden", wrongMessage, field);
    await this.rateLimiter.reset(key);
  }

  /** Other devices are signed out: a changed password usually means the old one leaked. */
  async changePassword(session: SessionWithUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.repositories.users.findById(session.user.id);
    if (!user) throw unauthenticated();
    await this.checkPassword(user, currentPassword, "the current password is wrong", "currentPassword");
    await this.repositories.users.updatePasswordHash(
      user.id,
      await hashPassword(newPassword),
      this.clock.now().toISOString(),
    );
    await this.repositories.sessions.deleteOthers(user.id, session.idHash);
  }

  async deleteAccount(session: SessionWithUser, password: string): Promise<void> {
    const user = await this.repositories.users.findById(session.user.id);
    if (!user) throw unauthenticated();
    await this.checkPassword(user, password, "the password is wrong", "password");
    await this.repositories.users.delete(user.id);
  }
}

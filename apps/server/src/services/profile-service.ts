import type { Profile } from "@backstride/api-contract";
import { notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";

export class ProfileService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  async get(userId: string): Promise<Profile> {
    const profile = await this.repositories.profiles.find(userId);
    if (!profile) throw notFound("profile");
    return profile;
  }

  async put(userId: string, profile: Profile): Promise<Profile> {
    await this.repositories.profiles.upsert(userId, profile, this.clock.now().toISOString());
    return profile;
  }

  async timeZone(userId: string): Promise<string> {
    return (await this.repositories.profiles.findTimeZone(userId)) ?? "UTC";
  }
}

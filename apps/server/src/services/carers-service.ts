import type { Carer } from "@backstride/api-contract";
import { notFound } from "../http/api-error.ts";
import type { CarerRole } from "../repositories/carers-repository.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";

/** Everyone a runner shares with, each with a role the runner sets and takes back on their own. */
export class CarersService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  async list(runnerId: string): Promise<{ carers: Carer[] }> {
    return { carers: await this.repositories.carers.carersOf(runnerId) };
  }

  /** Changes one carer's role; the change is in the runner's audit log. 404 without a live consent. */
  async setRole(runnerId: string, coachId: string, role: CarerRole): Promise<Carer> {
    if (!(await this.repositories.carers.setRole(runnerId, coachId, role))) throw notFound("carer");
    const carer = (await this.repositories.carers.carersOf(runnerId)).find((row) => row.coachId === coachId);
    if (!carer) throw notFound("carer");
    await this.repositories.coaching.insertAudit({
      runnerId,
      coachId,
      coachName: carer.name,
      action: role === "view" ? "role set: can view" : "role set: can view and adjust",
      at: this.clock.now().toISOString(),
    });
    return carer;
  }
}

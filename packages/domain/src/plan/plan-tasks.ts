import { sources } from "../sources/sources.ts";
import {
  checkUpTask,
  crossTrainingTask,
  painCheckinTask,
  reliefReason,
  reliefTasks,
  restTask,
  seekCareTask,
  triageTask,
} from "./care-tasks.ts";
import { inRelief } from "./machine/state-on.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import { task } from "./plan-task.ts";
import type { PlanReason, PlanTask } from "./plan-types.ts";
import { runTask, walkRunTasks } from "./running-tasks.ts";
import { circuitTask, maintenanceTasks } from "./training-tasks.ts";

/**
 * Today's tasks. Red flags win: with an emergency open the only task is to seek care; with an urgent
 * one, seeing a doctor plus the gentle relief tasks. Running tasks appear only when running is allowed.
 */
export function planTasks(ctx: PlanContext, decisions: PlanReason[]): PlanTask[] {
  const { phase } = ctx.phase;
  if (ctx.timeline.blocking) {
    if (ctx.timeline.blocking.result.level === "emergency") return [seekCareTask(ctx)];
    const gentle = reason(
      "no-running-red-flag",
      "Gentle relief only until a doctor has checked you: no running, no impact.",
      [sources.finucane2020, sources.article],
    );
    return [seekCareTask(ctx), ...reliefTasks(ctx, gentle)];
  }
  const tasks: PlanTask[] = [];
  const triage = triageTask(ctx);
  if (triage) tasks.push(triage);
  if (ctx.redFlag?.level === "soon") tasks.push(checkUpTask(ctx));

  if (phase === "onboarding") {
    if (ctx.timeline.causesOn === null) {
      tasks.push(
        task(ctx, "cause-finder", {
          title: "Find what strains your back",
          dosage: "About 3 minutes of yes/no questions",
          reason: reason(
            "onboarding-causes",
            "Five common causes (overstriding, tight hip flexors, weak glutes, core collapse, worn shoes): your answers pick the fixes that matter for you.",
            [sources.article],
          ),
        }),
      );
    }
    if (inRelief(ctx.timeline, ctx.today)) tasks.push(...reliefTasks(ctx, reliefReason(ctx)));
    return tasks;
  }
  if (phase === "relief") {
    tasks.push(...reliefTasks(ctx, reliefReason(ctx)), painCheckinTask(ctx));
    return tasks;
  }

  const running = ctx.noRunning === null;
  if (phase === "rebuild") tasks.push(circuitTask(ctx));
  if ((phase === "rebuild" && ctx.phase.returnWeek !== null) || phase === "return") {
    if (running) tasks.push(...walkRunTasks(ctx, decisions));
    if (phase === "return") tasks.push(...maintenanceTasks(ctx, ["strength"]));
  }
  if (phase === "progression" || phase === "maintenance") {
    if (running) tasks.push(...runTask(ctx, decisions));
    tasks.push(
      ...maintenanceTasks(
        ctx,
        phase === "maintenance" ? ["strength", "mobility", "massage"] : ["strength", "mobility"],
      ),
    );
  }
  if (!running && ctx.noRunning && ctx.noRunning.code !== "no-running-rebuild-first") {
    tasks.push(restTask(ctx, ctx.noRunning), crossTrainingTask(ctx));
  }
  tasks.push(painCheckinTask(ctx));
  return tasks;
}

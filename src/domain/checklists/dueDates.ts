/** When an SOP step is due: its own Due Date, or its Setup milestone plus its Offset Days. */
import { addDays } from "../cells/serial";
import type { SopStep } from "../model/production";
import type { Setup } from "../model/setup";
import type { MILESTONES } from "../template/tables";

export type Milestone = (typeof MILESTONES)[number];

/** The Setup setting behind each milestone, by its contract name (for messages). */
export const MILESTONE_SETTINGS: Readonly<Record<Milestone, string>> = {
  PREP: "Prep Start",
  PPH: "Principal Photography Start",
  WRAP: "Scheduled Wrap",
  LOCK: "Picture Lock",
  DELIVERY: "Delivery Due",
};

export function milestoneDates(setup: Setup): Readonly<Record<Milestone, string | undefined>> {
  return {
    PREP: setup.prepStart,
    PPH: setup.principalPhotographyStart,
    WRAP: setup.scheduledWrap,
    LOCK: setup.pictureLock,
    DELIVERY: setup.deliveryDue,
  };
}

/** A blank Offset Days counts as 0: the step falls on its milestone. */
export function stepDueDate(
  step: Pick<SopStep, "dueDate" | "milestone" | "offsetDays">,
  milestones: Readonly<Record<Milestone, string | undefined>>,
): string | undefined {
  if (step.dueDate) return step.dueDate;
  const base = step.milestone ? milestones[step.milestone] : undefined;
  return base ? addDays(base, step.offsetDays ?? 0) : undefined;
}

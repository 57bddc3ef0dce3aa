/** The pane's views, in tab order; each in its own chunk, loaded the first time its tab is opened. */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

export interface ViewEntry {
  readonly id: string;
  readonly name: string;
  readonly View: LazyExoticComponent<ComponentType>;
}

export const VIEWS: readonly ViewEntry[] = [
  {
    id: "overview",
    name: "Overview",
    View: lazy(() => import(/* webpackChunkName: "view-overview" */ "./overview/OverviewView")),
  },
  {
    id: "issues",
    name: "Issues",
    View: lazy(() => import(/* webpackChunkName: "view-issues" */ "./issues/IssuesView")),
  },
  {
    id: "timecards",
    name: "Timecards",
    View: lazy(() => import(/* webpackChunkName: "view-timecards" */ "./timecards/TimecardsView")),
  },
  {
    id: "budget",
    name: "Budget",
    View: lazy(() => import(/* webpackChunkName: "view-budget" */ "./budget/BudgetView")),
  },
  {
    id: "schedule",
    name: "Schedule",
    View: lazy(() => import(/* webpackChunkName: "view-schedule" */ "./schedule/ScheduleView")),
  },
  { id: "sop", name: "SOP", View: lazy(() => import(/* webpackChunkName: "view-sop" */ "./sop/SopView")) },
  {
    id: "delivery",
    name: "Delivery",
    View: lazy(() => import(/* webpackChunkName: "view-delivery" */ "./delivery/DeliveryView")),
  },
];

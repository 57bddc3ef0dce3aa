/** How each severity reads and looks, in one place for the badges and the filters. */
import type { BadgeProps } from "@fluentui/react-components";
import type { Severity } from "../../src/domain/issues";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const SEVERITY_LABEL: Record<
  Severity,
  { readonly one: string; readonly many: string; readonly color: BadgeProps["color"] }
> = {
  error: { one: "Error", many: "Errors", color: "danger" },
  warning: { one: "Warning", many: "Warnings", color: "warning" },
  info: { one: "Info", many: "Info", color: "informative" },
};

/** Loading and validating the host's workbook through the app's use case; the pane computes nothing itself. */
import { useCallback, useEffect, useState } from "react";
import { loadWorkbook, validationSummary, type ValidationSummary } from "../src/app/loadWorkbook";
import type { Host } from "./host/host";

export type Validation =
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly title?: string;
      readonly workbookName?: string;
      readonly summary: ValidationSummary;
    }
  | { readonly status: "failed"; readonly message: string };

/** Errors from the adapters are already written for a person; anything else gets a plain fallback. */
function personMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong while reading the workbook.";
}

export function useValidation(host: Host): { readonly validation: Validation; readonly revalidate: () => void } {
  const [validation, setValidation] = useState<Validation>({ status: "loading" });
  const [run, setRun] = useState(0);

  useEffect(() => {
    let current = true;
    setValidation({ status: "loading" });
    (async () => {
      const { gateway, name } = await host.workbook();
      const result = await loadWorkbook(gateway);
      return {
        status: "ready",
        title: result.production.setup.productionTitle || undefined,
        workbookName: name,
        summary: validationSummary(result),
      } as const;
    })().then(
      (ready) => current && setValidation(ready),
      (error: unknown) => current && setValidation({ status: "failed", message: personMessage(error) }),
    );
    // A newer run (or unmounting) makes this one's result stale.
    return () => {
      current = false;
    };
  }, [host, run]);

  const revalidate = useCallback(() => setRun((n) => n + 1), []);
  return { validation, revalidate };
}

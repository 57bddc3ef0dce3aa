/**
 * Use case: read Prodbook's own state (owned sheets, published cost reports) through a gateway, refusing a
 * state whose schema this Prodbook does not know rather than misreading or overwriting it.
 */
import { stateSchemaProblem } from "../domain/reports/ownership";
import type { StateRow, WorkbookGateway } from "../workbook/gateway";

/** A state this Prodbook cannot use: its message says why and what to do. */
export class StateSchemaError extends Error {}

export async function readProdbookState(gateway: WorkbookGateway): Promise<StateRow[]> {
  return usableState(await gateway.readState());
}

/** The state as read, or StateSchemaError when its schema is not one this Prodbook knows. */
export function usableState<S extends readonly StateRow[]>(state: S): S {
  const problem = stateSchemaProblem(state);
  if (problem) throw new StateSchemaError(problem);
  return state;
}

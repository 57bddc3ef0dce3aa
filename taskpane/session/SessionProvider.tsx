/** The one provider: the workbook session of the host, for every view's hooks (hooks.ts). */
import { createContext, useEffect, useState, type ReactNode } from "react";
import { WorkbookSession } from "../../src/app/session";
import type { Host } from "../host/host";

export interface SessionContextValue {
  readonly session: WorkbookSession;
  readonly host: Host;
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ host, children }: { readonly host: Host; readonly children: ReactNode }) {
  const [value] = useState<SessionContextValue>(() => ({
    host,
    session: new WorkbookSession({
      open: () => host.workbook(),
      watch: host.watch && ((onChange) => host.watch!(onChange)),
    }),
  }));
  useEffect(() => {
    void value.session.start();
    return () => void value.session.dispose();
  }, [value]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Renders a view inside the pane's providers, over a host: the real session computes what it shows. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { Host } from "../../taskpane/host/host";
import { SessionProvider } from "../../taskpane/session/SessionProvider";

export function renderPane(host: Host, view: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SessionProvider host={host}>{view}</SessionProvider>
    </FluentProvider>,
  );
}

/** A host whose workbook never finishes opening: the loading state, held. */
export function pendingHost(base: Host): Host {
  return { ...base, workbook: () => new Promise(() => {}) };
}

/** A host whose workbook cannot be read. */
export function failingHost(base: Host, message: string): Host {
  return { ...base, workbook: async () => Promise.reject(new Error(message)) };
}

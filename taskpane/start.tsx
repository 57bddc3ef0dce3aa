/** Starting the pane: Excel when Office says so, the preview host otherwise. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createExcelHost } from "./host/excelHost";
import type { Host } from "./host/host";
import { inExcel } from "./host/inExcel";

export async function start(previewHost: () => Host | Promise<Host>): Promise<void> {
  const host = (await inExcel()) ? createExcelHost() : await previewHost();
  createRoot(document.getElementById("root")!).render(<App host={host} />);
}

/** The task pane's entry (taskpane.html). In Excel the preview host, and ExcelJS with it, never load. */
import { start } from "./start";

void start(async () => (await import(/* webpackChunkName: "preview-host" */ "./host/previewHost")).createPreviewHost());

/** The preview host's entry (preview.html): the same start, with the preview host bundled in. */
import { createPreviewHost } from "./host/previewHost";
import { start } from "./start";

// Made before office.js has answered, so that the sample downloads meanwhile.
const preview = createPreviewHost();
void start(() => preview);

/** The baseline for first-render figures: a Fluent page with nothing in it, built like the task pane. */
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Text>Prodbook</Text>
  </FluentProvider>,
);

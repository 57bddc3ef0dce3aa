/**
 * The manifest's FunctionFile (commands.html). The ribbon button only shows the task pane, so there is
 * nothing to register yet; Office still expects the page to initialize.
 */
if (typeof Office !== "undefined") void Office.onReady();

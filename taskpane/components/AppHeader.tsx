/** The pane's header: the production's title once the workbook is read, and where the workbook is. */
import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, overflowWrap: "anywhere" },
});

export function AppHeader({ title, source }: { readonly title?: string; readonly source: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Subtitle1 as="h1" className={styles.title}>
        {title ?? "Prodbook"}
      </Subtitle1>
      <Caption1>{source}</Caption1>
    </header>
  );
}

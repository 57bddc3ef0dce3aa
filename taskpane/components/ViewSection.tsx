/** A tool view's frame: a section named by its heading, its blocks spaced alike in every tab. */
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

export function ViewSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.view} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`} className={styles.title}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A heading inside a view. */
export function BlockTitle({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.title}>
      {children}
    </Subtitle2>
  );
}

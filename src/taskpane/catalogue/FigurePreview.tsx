import * as React from "react";
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { ChartPreview } from "../chart/ChartPreview";
import { FigureNotes } from "./FigureNotes";
import { figureRecords } from "./figure-records";
import { valuesOnlyNote } from "./formula-coverage";
import { FigureRecords } from "./FigureRecords";
import { FigureTable } from "./FigureTable";
import { useT } from "../i18n/i18n";
import { InsertBar } from "./InsertBar";
import { InsertPanel } from "./InsertPanel";
import { useFigureInsert } from "./use-figure-insert";
import { ExercisePanel } from "../exercise/ExercisePanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  head: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  unit: { color: tokens.colorNeutralForeground2 },
});

interface Props {
  figure: Figure;
  /** The heading takes focus when the preview opens, so a screen reader starts reading at the figure. */
  headingRef: React.RefObject<HTMLHeadingElement>;
  /** Set when the item was opened to make an exercise. */
  exerciseOpen?: number;
}

export function FigurePreview({ figure, headingRef, exerciseOpen }: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const records = React.useMemo(() => figureRecords(figure), [figure]);
  const insert = useFigureInsert(figure);
  const optionsId = useId("insert-options");
  const optionsRef = React.useRef<HTMLHeadingElement>(null);
  const showOptions = (): void => {
    optionsRef.current?.scrollIntoView({ block: "center" });
    optionsRef.current?.focus();
  };
  return (
    <article className={styles.root} aria-labelledby={`title-${figure.id}`} data-figure-id={figure.id}>
      <header className={styles.head}>
        <h2 id={`title-${figure.id}`} ref={headingRef} tabIndex={-1} className={styles.title}>
          {figure.title}
        </h2>
        <Text size={200} className={styles.subtitle}>
          {figure.subtitle}
        </Text>
        <Caption1 className={styles.unit}>{t("preview.unit", { unit: figure.unit })}</Caption1>
      </header>
      {figure.unavailable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("preview.unavailable")}</MessageBarTitle>
            {t("preview.publisher", figure.unavailable)}
          </MessageBarBody>
        </MessageBar>
      )}
      <ChartPreview figure={figure} />
      {records ? (
        <FigureRecords figure={figure} records={records} />
      ) : (
        figure.columns.length > 0 && <FigureTable figure={figure} />
      )}
      <FigureNotes figure={figure} />
      {figure.insertable && (
        <InsertPanel
          insert={insert}
          valuesOnly={valuesOnlyNote(figure, t)}
          headingId={optionsId}
          headingRef={optionsRef}
        />
      )}
      <ExercisePanel itemId={figure.id} {...(exerciseOpen !== undefined ? { openAt: exerciseOpen } : {})} />
      <InsertBar figure={figure} insert={insert} {...(figure.insertable ? { onShowOptions: showOptions } : {})} />
    </article>
  );
}

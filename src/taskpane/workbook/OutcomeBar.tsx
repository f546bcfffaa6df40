import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCoreText } from "../i18n/core-text";

export interface Outcome {
  readonly ok: boolean;
  readonly title: string;
  readonly text: string;
  /** Items worth listing one by one (e.g. cells left as the user edited them). */
  readonly items?: readonly string[];
}

/** What a workbook operation did, or why it did nothing. */
export function OutcomeBar({ outcome, kind }: { outcome: Outcome; kind: string }): React.ReactElement {
  const said = useCoreText();
  return (
    <MessageBar
      intent={outcome.ok ? (outcome.items?.length ? "warning" : "success") : "error"}
      layout="multiline"
      data-workbook-outcome={kind}
    >
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {said(outcome.text)}
        {outcome.items && outcome.items.length > 0 && (
          <ul>
            {outcome.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { LanguageContext, message } from "../i18n/i18n";

interface State {
  error: Error | undefined;
}

/** A failure while rendering shows what went wrong and a way back, never a blank pane. */
export class ErrorBoundary extends React.Component<{ children: React.ReactNode; area: string }, State> {
  static override contextType = LanguageContext;
  declare context: React.ContextType<typeof LanguageContext>;
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: React.ErrorInfo): void {
    console.error(`The ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render(): React.ReactNode {
    if (!this.state.error) return this.props.children;
    const language = this.context.language;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{message(language, "error.stopped", { area: this.props.area })}</MessageBarTitle>
          {this.state.error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            {message(language, "error.retry")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface State {
  error: Error | undefined;
}

/** A failure while rendering shows what went wrong and a way back, never a blank pane. */
export class ErrorBoundary extends React.Component<{ children: React.ReactNode; area: string }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: React.ErrorInfo): void {
    console.error(`The ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render(): React.ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>The {this.props.area} stopped working</MessageBarTitle>
          {this.state.error.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

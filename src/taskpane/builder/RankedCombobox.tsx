import * as React from "react";
import {
  renderCombobox_unstable,
  useComboboxContextValues,
  useComboboxStyles_unstable,
  useCombobox_unstable,
  type ComboboxProps,
} from "@fluentui/react-components";

interface Props extends ComboboxProps {
  /** The option to highlight (the one Enter takes), by element id; undefined leaves Fluent's own choice. */
  activeOptionId?: string;
  /** Changes whenever the highlight must be set again, e.g. the typed text. */
  activeKey?: string;
}

/**
 * Fluent's Combobox, assembled from its own hooks so that the highlighted option follows the ranking
 * of the list: on its own, Fluent highlights the first option whose text starts with what was typed,
 * which picks Myanmar for "MY" even when Malaysia is listed first.
 */
export const RankedCombobox = React.forwardRef<HTMLInputElement, Props>(
  ({ activeOptionId, activeKey, ...props }, ref) => {
    const state = useCombobox_unstable(props, ref);
    const contextValues = useComboboxContextValues(state);
    useComboboxStyles_unstable(state);
    const { open, activeDescendantController } = state;
    // Declared after Fluent's own effects, so it runs after them and has the last word.
    React.useEffect(() => {
      if (open && activeOptionId) activeDescendantController.focus(activeOptionId);
    }, [open, activeOptionId, activeKey, activeDescendantController]);
    return renderCombobox_unstable(state, contextValues);
  },
);
RankedCombobox.displayName = "RankedCombobox";

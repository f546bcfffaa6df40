import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * The rendered width of an element, kept current as the pane is resized: charts are drawn at their
 * real pixel width so that their text stays at a readable size in a narrow pane.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (): void => setWidth(Math.max(160, Math.floor(element.getBoundingClientRect().width)));
    update();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

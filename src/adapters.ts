/**
 * The thin boundary to @actions/core, so stages and tests never touch process-global state.
 * Everything a stage says to the user goes through here.
 */
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface ActionsIO {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProps): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  startGroup(name: string): void;
  endGroup(): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (no-op outside a runner). */
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
  isDebug(): boolean;
}

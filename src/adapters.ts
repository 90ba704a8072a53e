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

/** A recording ActionsIO for tests and the local runner. */
export interface RecordedCall {
  kind: 'info' | 'debug' | 'notice' | 'warning' | 'error' | 'group' | 'endgroup' | 'output' | 'summary' | 'failed';
  message: string;
  props?: AnnotationProps;
  name?: string;
}

export function recordingIO(): ActionsIO & { calls: RecordedCall[]; outputs: Record<string, string>; summary: string } {
  const calls: RecordedCall[] = [];
  const outputs: Record<string, string> = {};
  const io = {
    calls,
    outputs,
    summary: '',
    info: (message: string) => void calls.push({ kind: 'info', message }),
    debug: (message: string) => void calls.push({ kind: 'debug', message }),
    notice: (message: string, props?: AnnotationProps) => void calls.push({ kind: 'notice', message, props }),
    warning: (message: string, props?: AnnotationProps) => void calls.push({ kind: 'warning', message, props }),
    error: (message: string, props?: AnnotationProps) => void calls.push({ kind: 'error', message, props }),
    startGroup: (name: string) => void calls.push({ kind: 'group', message: name }),
    endGroup: () => void calls.push({ kind: 'endgroup', message: '' }),
    setOutput: (name: string, value: string) => {
      outputs[name] = value;
      calls.push({ kind: 'output', message: value, name });
    },
    appendSummary: async (markdown: string) => {
      io.summary += markdown;
      calls.push({ kind: 'summary', message: markdown });
    },
    setFailed: (message: string) => void calls.push({ kind: 'failed', message }),
    isDebug: () => false,
  };
  return io;
}

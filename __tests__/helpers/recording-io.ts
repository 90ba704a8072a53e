/** A recording ActionsIO for tests: every call kept in order, outputs and the summary collected. */
import type { ActionsIO, AnnotationProps } from '../../src/adapters.js';

export interface RecordedCall {
  kind: 'info' | 'debug' | 'notice' | 'warning' | 'error' | 'group' | 'endgroup' | 'output' | 'summary' | 'failed';
  message: string;
  props?: AnnotationProps;
  name?: string;
}

export type RecordingIO = ActionsIO & { calls: RecordedCall[]; outputs: Record<string, string>; summary: string };

export function recordingIO(): RecordingIO {
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

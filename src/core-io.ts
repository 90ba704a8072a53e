/** The real ActionsIO: @actions/core. */
import * as core from '@actions/core';
import type { ActionsIO } from './adapters.js';

export function coreIO(): ActionsIO {
  return {
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    notice: (m, p) => core.notice(m, p),
    warning: (m, p) => core.warning(m, p),
    error: (m, p) => core.error(m, p),
    startGroup: (n) => core.startGroup(n),
    endGroup: () => core.endGroup(),
    setOutput: (n, v) => core.setOutput(n, v),
    appendSummary: async (md) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md).write();
    },
    setFailed: (m) => core.setFailed(m),
    isDebug: () => core.isDebug(),
  };
}

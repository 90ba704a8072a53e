/** What the artifact upload reports. */

export interface ArtifactResult {
  uploaded: boolean;
  id: string;
  url: string;
  digest: string;
  name: string;
  files: number;
  error: string | null;
  warnings: string[];
  /** Bytes of the uploaded zip (0 when nothing was uploaded). */
  size?: number;
  /** Where the JSON report and the drift patch are inside the artifact, when it holds them. */
  reportPath?: string | null;
  patchPath?: string | null;
}

/** The parts of SARIF 2.1.0 that netcompat writes (OASIS sarif-v2.1.0, §3). */
export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region?: SarifRegion;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  message?: SarifMessage;
}

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification: string;
  properties?: Record<string, unknown>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  kind: 'fail' | 'open';
  /** SARIF §3.27.10: `none` whenever kind is not `fail`. */
  level: 'error' | 'warning' | 'note' | 'none';
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  properties?: Record<string, unknown>;
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] } & Record<string, unknown>;
}

export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: SarifMessage;
  locations?: SarifLocation[];
  associatedRule?: { id: string; index?: number };
}

/** `originalUriBaseIds` entry: an absolute `file:` URI ending in a slash (SARIF §3.14.14). */
export interface SarifUriBase {
  uri: string;
  description?: SarifMessage;
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifReportingDescriptor[] } };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[]; toolConfigurationNotifications: SarifNotification[] }[];
  originalUriBaseIds?: Record<string, SarifUriBase>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

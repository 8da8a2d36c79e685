/** The config file a scan reads from the scanned directory when none is named. */
export const CONFIG_FILE = '.netcompat.yaml';

/**
 * The cluster definitions of Kubespray variables files (kubespray-group-vars.ts makes them; the context
 * stage's extra-vars.ts tells them apart by their notes). A module of its own, with no imports, so the
 * context stage does not load the extractor.
 */
export const KUBESPRAY_DEFINITION = {
  source: 'kubespray-group-vars',
  /** A file with Kubespray's own keys. */
  inventory: 'Kubespray inventory',
  /** A variables file that only may be Kubespray's. */
  variables: 'variables file',
} as const;

/** An inventory's own variables: under `group_vars/` or `host_vars/`. */
export const INVENTORY_VARS = /(^|\/)(group_vars|host_vars)\//;

import { aksEngineApiModel } from './aks-engine-api-model.js';
import { ansibleVariables } from './ansible-variables.js';
import { calicoIpPool } from './calico-ip-pool.js';
import { calicoKubeControllers } from './calico-kube-controllers.js';
import { calicoNode } from './calico-node.js';
import { felixConfiguration } from './felix-configuration.js';
import { kubeProxyConfiguration } from './kube-proxy-configuration.js';
import { kubeProxyFlags } from './kube-proxy-flags.js';
import { kubeProxyImage } from './kube-proxy-image.js';
import { kubeApiserverFlags } from './kube-apiserver-flags.js';
import { kubeadmClusterConfiguration } from './kubeadm-cluster-configuration.js';
import { serviceExternalIps } from './service-external-ips.js';
import { serviceExternalIpsLocal } from './service-external-ips-local.js';
import { serviceLoadBalancerSourceRanges } from './service-load-balancer-source-ranges.js';
import { tigeraOperatorImage } from './tigera-operator-image.js';
import { argocdApplication } from './argocd-application.js';
import { carvelImagesLock } from './carvel-images-lock.js';
import { ciRunSteps } from './ci-run-steps.js';
import { cloudInit } from './cloud-init.js';
import { installScript } from './install-script.js';
import { kubeaszEzdown } from './kubeasz-ezdown.js';
import { systemdUnit } from './systemd-unit.js';
import { vagrantBox } from './vagrant-box.js';
import { vagrantProvision } from './vagrant-provision.js';
import { fluxChartSource } from './flux-chart-source.js';
import { fluxHelmRelease } from './flux-helm-release.js';
import { helmCattleChart } from './helm-cattle-chart.js';
import { helmChartProxy } from './helm-chart-proxy.js';
import { helmChartYaml } from './helm-chart-yaml.js';
import { helmValues } from './helm-values.js';
import { kustomizeHelmCharts } from './kustomize-helm-charts.js';
import { kustomizeImages } from './kustomize-images.js';
import { kustomizeLayers } from './kustomize-layers.js';
import { tigeraInstallation } from './tigera-installation.js';
import { capiMachineOs } from './capi-machine-os.js';
import { capiVersions } from './capi-versions.js';
import { eksctlClusterConfig } from './eksctl-cluster-config.js';
import { k0sClusterConfig } from './k0s-cluster-config.js';
import { k3sRke2AnsibleVars } from './k3s-rke2-ansible-vars.js';
import { kopsCluster } from './kops-cluster.js';
import { kopsInstanceGroup } from './kops-instance-group.js';
import { kubeanManifest } from './kubean-manifest.js';
import { kubesprayGitmodules } from './kubespray-gitmodules.js';
import { toolVersions } from './tool-versions.js';
import { kubesprayGitTask } from './kubespray-git-task.js';
import { ansibleCommandTasks } from './ansible-command-tasks.js';
import { ansibleKubeadmPackage } from './ansible-kubeadm-package.js';
import { kubesprayGroupVars } from './kubespray-group-vars.js';
import { kubesprayIniInventory } from './kubespray-ini-inventory.js';
import { kubesprayRequirements } from './kubespray-requirements.js';
import { systemUpgradePlan } from './system-upgrade-plan.js';
import { talhelperConfig } from './talhelper-config.js';
import { renovateTalosVersions } from './renovate-talos-versions.js';
import { talosExternalManifest } from './talos-external-manifest.js';
import { talosKubeProxyConfig } from './talos-kube-proxy-config.js';
import { talosKubeletConfig } from './talos-kubelet-config.js';
import { talosMachineConfig } from './talos-machine-config.js';
import { talosMachinePatch } from './talos-machine-patch.js';
import { kubesprayKubeaszConfig } from './kubespray-kubeasz-config.js';
import { kubekeyCluster } from './kubekey-cluster.js';
import { kindCluster } from './kind-cluster.js';
import { ciKindAction } from './ci-kind-action.js';
import { kindScriptConfig } from './kind-script-config.js';
import { kubeoneCluster } from './kubeone-cluster.js';
import { nodeList } from './node-list.js';
import { rkeChartVersions } from './rke-chart-versions.js';
import { rkeClusterYml } from './rke-cluster-yml.js';
import { rkeRke2Config } from './rke-rke2-config.js';
import { terraformAks } from './terraform-aks.js';
import { terraformCalico } from './terraform-calico.js';
import { terraformEks } from './terraform-eks.js';
import { terraformGke } from './terraform-gke.js';
import { terraformRancherHosted } from './terraform-rancher-hosted.js';
import { terraformRemoteExec } from './terraform-remote-exec.js';
import { terraformRke } from './terraform-rke.js';
import type { Extractor } from './types.js';

/**
 * Every extractor, YAML and text alike, sorted by id. A test checks this list against the folder and the fixtures, so an
 * extractor cannot be added without both.
 */
export const EXTRACTORS: readonly Extractor[] = [
  aksEngineApiModel,
  ansibleVariables,
  calicoIpPool,
  calicoKubeControllers,
  calicoNode,
  felixConfiguration,
  kubeProxyConfiguration,
  kubeProxyFlags,
  kubeProxyImage,
  kubeadmClusterConfiguration,
  kubeApiserverFlags,
  serviceExternalIps,
  serviceExternalIpsLocal,
  serviceLoadBalancerSourceRanges,
  tigeraOperatorImage,
  argocdApplication,
  carvelImagesLock,
  ciRunSteps,
  cloudInit,
  installScript,
  kubeaszEzdown,
  systemdUnit,
  vagrantBox,
  vagrantProvision,
  fluxChartSource,
  fluxHelmRelease,
  helmCattleChart,
  helmChartProxy,
  helmChartYaml,
  helmValues,
  kustomizeHelmCharts,
  kustomizeImages,
  kustomizeLayers,
  tigeraInstallation,
  capiMachineOs,
  capiVersions,
  eksctlClusterConfig,
  k0sClusterConfig,
  k3sRke2AnsibleVars,
  kopsCluster,
  kopsInstanceGroup,
  kubeanManifest,
  kubesprayGitmodules,
  toolVersions,
  kubesprayGitTask,
  ansibleKubeadmPackage,
  ansibleCommandTasks,
  kubesprayGroupVars,
  kubesprayIniInventory,
  kubesprayRequirements,
  systemUpgradePlan,
  talhelperConfig,
  talosMachineConfig,
  talosMachinePatch,
  talosKubeProxyConfig,
  talosKubeletConfig,
  talosExternalManifest,
  renovateTalosVersions,
  kubesprayKubeaszConfig,
  kubekeyCluster,
  kindCluster,
  ciKindAction,
  kindScriptConfig,
  kubeoneCluster,
  nodeList,
  rkeChartVersions,
  rkeClusterYml,
  rkeRke2Config,
  terraformAks,
  terraformCalico,
  terraformEks,
  terraformGke,
  terraformRancherHosted,
  terraformRemoteExec,
  terraformRke,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // code-unit order: no collator to load at start-up

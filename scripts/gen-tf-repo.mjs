// A synthetic Terraform / OpenTofu monorepo for `npm run bench:terraform`: module directories of five files
// each (main.tf, variables.tf, outputs.tf, versions.tf, terraform.tfvars). A share of the directories define
// clusters (the EKS module, aws_eks_* resources, AKS, GKE, a tigera-operator helm_release, a kubectl_manifest),
// the rest are ordinary infrastructure (VPCs, buckets, IAM, DNS) that the Terraform extractors never parse.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

const VARIABLES = (n) =>
  Array.from(
    { length: n },
    (_, i) => `variable "setting_${i}" {\n  description = "Setting ${i}"\n  type        = string\n  default     = "value-${i}"\n}\n`,
  ).join('\n') + `\nvariable "cluster_version" {\n  type    = string\n  default = "1.28"\n}\n`;

const VERSIONS = `terraform {\n  required_version = ">= 1.5"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.40"\n    }\n  }\n}\n`;

const OUTPUTS = (r) =>
  Array.from(
    { length: 6 },
    (_, i) => `output "out_${i}" {\n  value = ${pick(r, ['aws_s3_bucket.logs.arn', 'module.vpc.vpc_id', 'local.name', 'var.setting_1'])}\n}\n`,
  ).join('\n');

function plainMain(r, i) {
  const blocks = [`locals {\n  name = "svc-${i}"\n  tags = { team = "platform", env = "${pick(r, ['prod', 'staging', 'dev'])}" }\n}\n`];
  blocks.push(
    `module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.8.1"\n  name    = local.name\n  cidr    = "10.${i % 250}.0.0/16"\n  azs     = ["eu-west-1a", "eu-west-1b"]\n}\n`,
  );
  for (let k = 0; k < 4 + Math.floor(r() * 8); k++) {
    blocks.push(
      pick(r, [
        `resource "aws_s3_bucket" "b${k}" {\n  bucket = "\${local.name}-${k}"\n  tags   = local.tags\n}\n`,
        `resource "aws_iam_role" "r${k}" {\n  name               = "\${local.name}-role-${k}"\n  assume_role_policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" } }]\n  })\n}\n`,
        `resource "aws_route53_record" "d${k}" {\n  zone_id = var.setting_2\n  name    = "svc-${i}-${k}.example.com"\n  type    = "CNAME"\n  ttl     = 300\n  records = ["lb-${k}.example.com"]\n}\n`,
        `resource "aws_security_group" "s${k}" {\n  name   = "\${local.name}-sg-${k}"\n  vpc_id = module.vpc.vpc_id\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
      ]),
    );
  }
  return blocks.join('\n');
}

const CLUSTERS = [
  (i) =>
    `module "eks" {\n  source          = "terraform-aws-modules/eks/aws"\n  version         = "~> 20.0"\n  cluster_name    = "c${i}"\n  cluster_version = var.cluster_version\n  cluster_addons = {\n    kube-proxy = { addon_version = "v1.28.${i % 9}-eksbuild.1" }\n  }\n  eks_managed_node_groups = {\n    a = { ami_type = "AL2_x86_64" }\n    b = { ami_type = "AL2023_x86_64_STANDARD" }\n  }\n}\n`,
  (i) =>
    `resource "aws_eks_cluster" "c" {\n  name     = "c${i}"\n  role_arn = aws_iam_role.cluster.arn\n  version  = var.cluster_version\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n\nresource "aws_eks_addon" "kp" {\n  cluster_name  = aws_eks_cluster.c.name\n  addon_name    = "kube-proxy"\n  addon_version = "v1.28.${i % 9}-eksbuild.2"\n}\n\nresource "aws_eks_node_group" "ng" {\n  cluster_name = aws_eks_cluster.c.name\n  ami_type     = "BOTTLEROCKET_x86_64"\n}\n`,
  (i) =>
    `resource "azurerm_kubernetes_cluster" "c" {\n  name               = "c${i}"\n  kubernetes_version = "1.3${i % 4}"\n  default_node_pool {\n    name   = "system"\n    os_sku = "Ubuntu2204"\n  }\n  network_profile {\n    network_plugin = "azure"\n    network_policy = "calico"\n  }\n}\n`,
  (i) =>
    `resource "google_container_cluster" "c" {\n  name               = "c${i}"\n  min_master_version = "1.29.${i % 5}-gke.100"\n  datapath_provider  = "${i % 2 ? 'ADVANCED_DATAPATH' : 'LEGACY_DATAPATH'}"\n  network_policy {\n    enabled  = true\n    provider = "CALICO"\n  }\n  node_config {\n    image_type = "COS_CONTAINERD"\n  }\n}\n`,
  // Calico installed with the cluster it runs on (EKS with the tigera-operator chart, the example):
  // a Calico directory without a cluster would be shared by every cluster of the repository, which measures
  // the cluster split rather than reading Terraform.
  (i) =>
    `resource "aws_eks_cluster" "c" {\n  name     = "c${i}"\n  role_arn = aws_iam_role.cluster.arn\n  version  = var.cluster_version\n  vpc_config {\n    subnet_ids = ["subnet-a"]\n  }\n}\n\nresource "helm_release" "calico" {\n  name       = "calico"\n  repository = "https://docs.tigera.io/calico/charts"\n  chart      = "tigera-operator"\n  version    = "v3.2${6 + (i % 3)}.1"\n  values = [<<-EOT\n    installation:\n      calicoNetwork:\n        ipPools:\n          - cidr: 172.16.0.0/16\n            encapsulation: VXLAN\n  EOT\n  ]\n}\n\nresource "kubectl_manifest" "felix" {\n  yaml_body = <<-YAML\n    apiVersion: projectcalico.org/v3\n    kind: FelixConfiguration\n    metadata:\n      name: default\n    spec:\n      featureDetectOverride: "ChecksumOffloadBroken=true"\n  YAML\n}\n`,
];

/** Writes the tree; returns how many files, bytes and cluster directories it made. */
export function generateTfRepo(dir, { files = 2000, seed = 1, clusterShare = 0.25 } = {}) {
  const r = rng(seed);
  const dirs = Math.ceil(files / 5);
  let bytes = 0;
  let clusters = 0;
  let written = 0;
  const write = (path, text) => {
    if (written >= files) return;
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    written++;
  };
  for (let i = 0; i < dirs; i++) {
    const d = join(dir, pick(r, ['live', 'modules', 'stacks']), `team-${i % 37}`, `stack-${i}`);
    mkdirSync(d, { recursive: true });
    const cluster = r() < clusterShare;
    if (cluster) clusters++;
    write(join(d, 'main.tf'), plainMain(r, i) + (cluster ? `\n${CLUSTERS[i % CLUSTERS.length](i)}` : ''));
    write(join(d, 'variables.tf'), VARIABLES(4 + Math.floor(r() * 10)));
    write(join(d, 'outputs.tf'), OUTPUTS(r));
    write(join(d, 'versions.tf'), VERSIONS);
    write(join(d, 'terraform.tfvars'), `setting_1 = "override-${i}"\ncluster_version = "1.2${7 + (i % 3)}"\n`);
  }
  return { files: written, bytes, clusters, dirs };
}

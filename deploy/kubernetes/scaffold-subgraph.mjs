#!/usr/bin/env node
// Writes base/subgraphs/<name>.yaml for a new subgraph (Deployment, Service, PodDisruptionBudget),
// the same shape as the others; then add it to base/kustomization.yaml and the gateway's
// SUBGRAPH_<NAME>_URL in base/gateway.yaml. `npm run -w @kendari/deploy check` fails until both exist.
//   node deploy/kubernetes/scaffold-subgraph.mjs <name> <port>
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [name, port] = process.argv.slice(2);
if (!/^[a-z][a-z0-9]*$/.test(name ?? '') || !/^\d{4}$/.test(port ?? '')) {
  console.error('usage: scaffold-subgraph.mjs <name> <port>');
  process.exit(2);
}
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'base/subgraphs', `${name}.yaml`);
if (existsSync(file)) {
  console.error(`${file} exists`);
  process.exit(1);
}
writeFileSync(file, subgraphManifest(name, Number(port)));
console.log(`wrote ${file}`);

function subgraphManifest(name, port) {
  return `# The ${name} subgraph: internal only (the NetworkPolicy lets only the gateway in).
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: { app.kubernetes.io/name: ${name}, app.kubernetes.io/component: subgraph, app.kubernetes.io/part-of: satu-kendari }
spec:
  replicas: 2
  revisionHistoryLimit: 3
  selector:
    matchLabels: { app.kubernetes.io/name: ${name} }
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }
  template:
    metadata:
      labels: { app.kubernetes.io/name: ${name}, app.kubernetes.io/component: subgraph, app.kubernetes.io/part-of: satu-kendari }
    spec:
      automountServiceAccountToken: false
      terminationGracePeriodSeconds: 30
      securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: RuntimeDefault } }
      topologySpreadConstraints:
        - { maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app.kubernetes.io/name: ${name} } } }
      containers:
        - name: ${name}
          image: satu-kendari/subgraph-${name}:0.1.0
          ports: [{ name: http, containerPort: ${port} }]
          env:
            - { name: PORT, value: "${port}" }
            - { name: HOST, value: 0.0.0.0 }
            - { name: NODE_ENV, value: production }
            - { name: LOG_LEVEL, value: info }
            # after SIGTERM (and the preStop pause): /ready answers 503 while requests are still served, then it closes
            - { name: DRAIN_SECONDS, value: "5" }
            # reference data is loaded by a one-off run with SEED=auto, never by a serving replica
            - { name: SEED, value: never }
            - { name: DB_POOL_MAX, value: "10" }
            # the gateway's pods: their x-forwarded-for carries the caller's address
            - { name: TRUSTED_PROXIES, value: private }
            - { name: AUTH_SECRET, valueFrom: { secretKeyRef: { name: satu-kendari, key: AUTH_SECRET } } }
            - { name: DATABASE_URL, valueFrom: { secretKeyRef: { name: satu-kendari, key: DATABASE_URL } } }
            - { name: DATABASE_REPLICA_URLS, valueFrom: { secretKeyRef: { name: satu-kendari, key: DATABASE_REPLICA_URLS, optional: true } } }
            - { name: REDIS_URL, valueFrom: { secretKeyRef: { name: satu-kendari, key: REDIS_URL, optional: true } } }
          startupProbe: { httpGet: { path: /health, port: http }, periodSeconds: 2, failureThreshold: 60 }
          readinessProbe: { httpGet: { path: /ready, port: http }, periodSeconds: 5, timeoutSeconds: 5, failureThreshold: 3 }
          livenessProbe: { httpGet: { path: /health, port: http }, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 }
          # the endpoint is removed before the process is told to stop; it then drains (DRAIN_SECONDS) and finishes what runs
          lifecycle: { preStop: { exec: { command: [sleep, "5"] } } }
          resources:
            requests: { cpu: 100m, memory: 192Mi }
            limits: { cpu: "1", memory: 512Mi }
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
          volumeMounts: [{ name: tmp, mountPath: /tmp }]
      volumes: [{ name: tmp, emptyDir: { sizeLimit: 256Mi } }]
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  labels: { app.kubernetes.io/name: ${name}, app.kubernetes.io/component: subgraph, app.kubernetes.io/part-of: satu-kendari }
spec:
  selector: { app.kubernetes.io/name: ${name} }
  ports: [{ name: http, port: ${port}, targetPort: http }]
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
  labels: { app.kubernetes.io/name: ${name}, app.kubernetes.io/part-of: satu-kendari }
spec:
  minAvailable: 1
  selector:
    matchLabels: { app.kubernetes.io/name: ${name} }
`;
}

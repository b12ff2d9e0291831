package id.newsroom.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/k8s read with fabric8's typed Kubernetes model: every manifest parses, the kustomizations list what exists,
 * and each workload has the three probes on the health groups, resources, a pinned image, a Service, a
 * PodDisruptionBudget, and only environment variables its service reads (checked against the module's configuration;
 * a workload whose module is not in this repository is reported as skipped). {@code kubectl kustomize} renders the
 * overlay when kubectl is installed.
 */
class KubernetesManifestsTest {

    private static final Path K8S = ComposeFileTest.ROOT.resolve("deploy/k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final List<HasMetadata> BASE = baseResources();

    @Test
    void everyManifestParsesAsATypedResource() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(8);
        for (Path manifest : manifests) {
            for (HasMetadata resource : parse(manifest)) {
                assertThat(resource.getMetadata().getName()).as(manifest + " names its resources").isNotBlank();
                if (resource instanceof GenericKubernetesResource generic) {
                    assertThat(generic.getApiVersion()).as("untyped resource in " + manifest)
                            .startsWith("kafka.strimzi.io/");
                }
            }
        }
    }

    @Test
    void kustomizationsListExactlyTheFilesThatExist() throws IOException {
        Path base = K8S.resolve("base");
        List<String> listed = kustomizationEntries(base, "resources");
        try (Stream<Path> files = Files.list(base)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("kustomization.yaml")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            for (Path overlay : overlays.toList()) {
                assertThat(kustomizationEntries(overlay, "resources"))
                        .allSatisfy(r -> assertThat(overlay.resolve(r)).exists());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWorkloadIsProbedSizedPinnedServedProtectedAndConfiguredWithNamesItReads() {
        return BASE.stream().filter(r -> r instanceof Deployment || r instanceof StatefulSet)
                .map(r -> DynamicTest.dynamicTest(r.getKind() + " " + r.getMetadata().getName(),
                        () -> checkWorkload(r)));
    }

    private static void checkWorkload(HasMetadata workload) {
        String name = workload.getMetadata().getName();
        PodTemplateSpec pod = workload instanceof Deployment d
                ? d.getSpec().getTemplate()
                : ((StatefulSet) workload).getSpec().getTemplate();
        Map<String, String> podLabels = pod.getMetadata().getLabels();
        assertThat(pod.getSpec().getSecurityContext().getRunAsNonRoot()).as(name + " runs as non-root").isTrue();
        Container container = pod.getSpec().getContainers().get(0);

        // x.y.z, or MinIO's way of pinning: a release named by its build time.
        assertThat(container.getImage()).as("image of " + name)
                .matches("[^:]+:(v?\\d+\\.\\d+\\.\\d+([.-].+)?|RELEASE\\.\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}Z)");
        assertThat(container.getPorts()).anySatisfy(p -> assertThat(p.getName()).isEqualTo("http"));
        Path module = ComposeFileTest.ROOT.resolve(name);
        boolean ours = Files.isDirectory(module);
        // Our services answer Boot's health groups; a third-party server (MinIO) is probed on its own paths.
        // Ours on the management port (the actuator's own, behind NetworkPolicy newsroom-management).
        String probePort = ours ? "management" : "http";
        assertProbe(container.getStartupProbe(), ours ? "/actuator/health/liveness" : null, probePort,
                name + " startup");
        assertProbe(container.getLivenessProbe(), ours ? "/actuator/health/liveness" : null, probePort,
                name + " liveness");
        assertProbe(container.getReadinessProbe(), ours ? "/actuator/health/readiness" : null, probePort,
                name + " readiness");
        if (ours) {
            int management = container.getPorts().stream().filter(p -> "management".equals(p.getName()))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " has no management port"))
                    .getContainerPort();
            assertThat(pod.getMetadata().getAnnotations()).as(name + " is scraped on its management port")
                    .containsEntry("prometheus.io/port", String.valueOf(management));
            assertThat(of(NetworkPolicy.class)).as("a NetworkPolicy guards the management port of " + name)
                    .anySatisfy(policy -> assertGuardsManagementPort(policy, podLabels));
        }
        assertThat(container.getResources().getRequests()).as(name + " requests").containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).as(name + " limits").containsKey("memory");

        assertThat(of(Service.class)).as("a Service for " + name).anySatisfy(s -> {
            assertThat(podLabels).containsAllEntriesOf(s.getSpec().getSelector());
            assertThat(s.getSpec().getPorts())
                    .anySatisfy(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
        });
        assertThat(of(PodDisruptionBudget.class)).as("a PodDisruptionBudget for " + name).anySatisfy(
                p -> assertThat(podLabels).containsAllEntriesOf(p.getSpec().getSelector().getMatchLabels()));
        assertReferencesExist(name, container.getEnv());

        Assumptions.assumeTrue(ours, () -> "NOT CHECKED: the environment of " + name
                + " (" + container.getEnv().stream().map(EnvVar::getName).toList() + "): module " + module
                + " is not in this repository");
        ServiceSettings settings = ServiceSettings.of(module);
        String values = container.getEnv().stream().map(EnvVar::getValue).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        assertThat(container.getEnv()).as("variables " + name + " is given but never reads")
                .allSatisfy(e -> assertThat(settings.reads(e.getName()) || values.contains("$(" + e.getName() + ")"))
                        .as(e.getName()).isTrue());
    }

    private static void assertProbe(Probe probe, String path, String port, String what) {
        assertThat(probe).as(what + " probe").isNotNull();
        if (path != null) {
            assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        }
        assertThat(probe.getHttpGet().getPort().getStrVal()).as(what + " port").isEqualTo(port);
    }

    /**
     * The policy selects the pod, leaves its public port open to all and admits to the management port only the
     * monitoring namespace and labelled pods (operators' tooling, article-service's drift audit).
     */
    private static void assertGuardsManagementPort(NetworkPolicy policy, Map<String, String> podLabels) {
        var selector = policy.getSpec().getPodSelector();
        boolean selected = selector.getMatchExpressions().stream().allMatch(e -> e.getOperator().equals("In")
                && e.getValues().contains(podLabels.get(e.getKey())))
                && (selector.getMatchLabels() == null
                        || podLabels.entrySet().containsAll(selector.getMatchLabels().entrySet()));
        assertThat(selected).as("selects the pod").isTrue();
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        var rules = policy.getSpec().getIngress();
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.getPorts()).extracting(p -> p.getPort().getStrVal()).containsExactly("http");
            assertThat(r.getFrom()).isNullOrEmpty();
        });
        assertThat(rules.stream().filter(r -> r.getPorts().stream()
                .anyMatch(p -> "management".equals(p.getPort().getStrVal()))).toList())
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.getFrom()).as("management port open to all").isNotEmpty();
                    assertThat(r.getFrom()).allSatisfy(peer -> assertThat(
                            peer.getNamespaceSelector() != null || peer.getPodSelector() != null).isTrue());
                    assertThat(r.getFrom()).anySatisfy(peer -> assertThat(peer.getNamespaceSelector()
                            .getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring"));
                });
    }

    /** Every configMapKeyRef and secretKeyRef names a key the base defines. */
    private static void assertReferencesExist(String workload, List<EnvVar> env) {
        for (EnvVar e : env) {
            if (e.getValueFrom() == null) {
                continue;
            }
            if (e.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = e.getValueFrom().getConfigMapKeyRef();
                assertThat(of(ConfigMap.class)).as(workload + " " + e.getName()).anySatisfy(c -> {
                    assertThat(c.getMetadata().getName()).isEqualTo(ref.getName());
                    assertThat(c.getData()).containsKey(ref.getKey());
                });
            }
            if (e.getValueFrom().getSecretKeyRef() != null) {
                var ref = e.getValueFrom().getSecretKeyRef();
                assertThat(of(Secret.class)).as(workload + " " + e.getName()).anySatisfy(s -> {
                    assertThat(s.getMetadata().getName()).isEqualTo(ref.getName());
                    assertThat(s.getStringData()).containsKey(ref.getKey());
                });
            }
        }
    }

    @Test
    void feedServiceAndWebFrontendScaleWithLoad() {
        Set<String> deployments = of(Deployment.class).stream().map(d -> d.getMetadata().getName())
                .collect(Collectors.toSet());
        List<HorizontalPodAutoscaler> autoscalers = of(HorizontalPodAutoscaler.class);
        assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName())
                .contains("feed-service", "web-frontend");
        assertThat(autoscalers).allSatisfy(h -> {
            assertThat(deployments).contains(h.getSpec().getScaleTargetRef().getName());
            assertThat(h.getSpec().getMinReplicas()).as("at least two, so one can be disrupted")
                    .isGreaterThanOrEqualTo(2);
            assertThat(h.getSpec().getMaxReplicas()).isGreaterThan(h.getSpec().getMinReplicas());
        });
    }

    @Test
    void everySearchReplicaHasItsOwnIndexVolumeAndConsumesEverything() {
        StatefulSet search = of(StatefulSet.class).stream()
                .filter(s -> s.getMetadata().getName().equals("search-service"))
                .findFirst().orElseThrow();
        Container container = search.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = container.getEnv().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        String claim = search.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertThat(container.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo(claim);
            assertThat(m.getMountPath()).isEqualTo(env.get("SEARCH_INDEX_PATH"));
        });
        assertThat(env.get("SEARCH_CONSUMER_GROUP")).as("one lag-reporting group per pod").contains("$(POD_NAME)");
    }

    @Test
    void ingressRoutesOnlyToServicesThatExist() {
        Set<String> services = of(Service.class).stream().map(s -> s.getMetadata().getName())
                .collect(Collectors.toSet());
        List<String> backends = of(Ingress.class).stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream()).map(p -> p.getBackend().getService().getName()).toList();
        assertThat(backends).isNotEmpty().allMatch(services::contains)
                .contains("article-service", "feed-service", "search-service", "web-frontend");
    }

    @Test
    void overlaysRenderWithKubectlWhenInstalled() throws Exception {
        Assumptions.assumeTrue(LocalPrometheus.onPath("kubectl").isPresent(), "kubectl is not installed");
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            for (Path overlay : overlays.toList()) {
                Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                        .redirectErrorStream(true).start();
                String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(kubectl.exitValue()).as(output).isZero();
                assertThat(output).contains("kind: StatefulSet", "kind: HorizontalPodAutoscaler", "kind: Ingress");
            }
        }
    }

    private static <T extends HasMetadata> List<T> of(Class<T> type) {
        return BASE.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<HasMetadata> baseResources() {
        Path base = K8S.resolve("base");
        List<HasMetadata> resources = new ArrayList<>();
        for (String file : kustomizationEntries(base, "resources")) {
            resources.addAll(parse(base.resolve(file)));
        }
        return resources;
    }

    private static List<String> kustomizationEntries(Path dir, String key) {
        try {
            Map<String, Object> kustomization = new Yaml().load(Files.readString(dir.resolve("kustomization.yaml")));
            return ((List<?>) kustomization.get(key)).stream().map(String::valueOf).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One typed resource per YAML document of the file. */
    private static List<HasMetadata> parse(Path file) {
        try {
            List<HasMetadata> resources = new ArrayList<>();
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                if (!document.replaceAll("(?m)^\\s*#.*$", "").isBlank()) {
                    resources.add(SERIALIZATION.unmarshal(document));
                }
            }
            return resources;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

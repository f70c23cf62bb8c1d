package org.m4dhub.elasticsearch;

import java.io.Closeable;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.MockNode;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * Starts a single-node Elasticsearch 8 server in this JVM with the
 * transport-netty4 module (HTTP) loaded as a classpath plugin, through the
 * test framework's MockNode (8.x Node has no public constructor that takes
 * classpath plugins).
 *
 * <p>The analysis-common module is not published to Maven Central for 8.x,
 * so {@link MiniAnalysisPlugin} below provides the few analysis components
 * Wagtail's search backend uses on top of what the server has built in
 * (standard tokenizer, lowercase filter): the ngram and edge_ngram tokenizers
 * and token filters and the asciifolding token filter, built on the same
 * Lucene classes that analysis-common uses.
 *
 * <p>Usage: {@code java -cp launcher.jar:lib/* org.m4dhub.elasticsearch.Launcher
 * HTTP_PORT HOME_DIR [key=value ...]}.
 */
public final class Launcher {

    private static final String LOG4J2_PROPERTIES = String.join("\n",
        "status = error",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
        "rootLogger.level = info",
        "rootLogger.appenderRef.console.ref = console",
        "");

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher HTTP_PORT HOME_DIR [key=value ...]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Paths.get(args[1]).toAbsolutePath();
        for (String dir : List.of("config", "data", "logs", "plugins", "modules", "tmp")) {
            Files.createDirectories(home.resolve(dir));
        }
        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "m4d-test")
            .put("node.name", "m4d-test-" + port)
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("indices.breaker.total.use_real_memory", false)
            .put("action.destructive_requires_name", false);
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                System.err.println("bad setting (want key=value): " + args[i]);
                System.exit(2);
            }
            builder.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Settings settings = builder.build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), home.resolve("config"), () -> "m4d-test-" + port);
        // Console logging (the run script sends stdout/stderr to the log file).
        Path log4jConfig = home.resolve("config").resolve("log4j2.properties");
        if (Files.exists(log4jConfig) == false) {
            Files.writeString(log4jConfig, LOG4J2_PROPERTIES);
        }
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name"));
        LogConfigurator.setClusterName(settings.get("cluster.name"));
        LogConfigurator.configure(environment, true);

        final Node node;
        try {
            // MockNode's public constructors go through ESTestCase (whose static
            // init refuses to run as root and sets up test-only machinery): use
            // the private one that takes a ready Environment.
            Constructor<MockNode> ctor = MockNode.class.getDeclaredConstructor(
                Environment.class, Collection.class, boolean.class, Closeable.class);
            ctor.setAccessible(true);
            Collection<Class<? extends Plugin>> plugins = List.of(Netty4Plugin.class, MiniAnalysisPlugin.class);
            Closeable noop = () -> {};
            node = ctor.newInstance(environment, plugins, true, noop);
        } catch (Throwable t) {
            fail(t);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                node.awaitClose(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "elasticsearch-shutdown"));
        try {
            node.start();
            // No replicas on a single node, so that new indices (and the
            // cluster) go green: a lowest-order legacy template for all indices
            // (Elasticsearch has no cluster.default_number_of_replicas).
            node.client()
                .admin()
                .indices()
                .preparePutTemplate("m4d_single_node_no_replicas")
                .setPatterns(List.of("*"))
                .setOrder(-1000)
                .setSettings(Settings.builder().put("index.number_of_replicas", 0))
                .get();
        } catch (Throwable t) {
            fail(t);
        }
        // the run script waits for this line
        System.out.println("LAUNCHER: ready, http://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    /** What the rest-root module answers on {@code GET /}. */
    static final class RootHandler extends BaseRestHandler {
        private final Settings settings;

        RootHandler(Settings settings) {
            this.settings = settings;
        }

        @Override
        public String getName() {
            return "m4d_main_action";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> {
                Build build = Build.current();
                XContentBuilder b = channel.newBuilder();
                b.startObject()
                    .field("name", settings.get("node.name"))
                    .field("cluster_name", settings.get("cluster.name"))
                    .startObject("version")
                    .field("number", build.qualifiedVersion())
                    .field("build_flavor", build.flavor())
                    .field("build_type", build.type().displayName())
                    .field("build_hash", build.hash())
                    .field("build_date", build.date())
                    .field("build_snapshot", build.isSnapshot())
                    .field("lucene_version", org.apache.lucene.util.Version.LATEST.toString())
                    .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                    .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                    .endObject()
                    .field("tagline", "You Know, for Search")
                    .endObject();
                channel.sendResponse(new RestResponse(RestStatus.OK, b));
            };
        }
    }

    private static void fail(Throwable t) {
        System.err.println("LAUNCHER: failed to start");
        t.printStackTrace();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    /**
     * ngram / edge_ngram (tokenizers and filters) and asciifolding, as in
     * analysis-common; plus {@code GET /} and {@code HEAD /}, which live in the
     * rest-root module (not on Maven Central either).
     */
    public static final class MiniAnalysisPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

        @Override
        public Collection<RestHandler> getRestHandlers(
            Settings settings,
            NamedWriteableRegistry namedWriteableRegistry,
            RestController restController,
            ClusterSettings clusterSettings,
            IndexScopedSettings indexScopedSettings,
            SettingsFilter settingsFilter,
            IndexNameExpressionResolver indexNameExpressionResolver,
            Supplier<DiscoveryNodes> nodesInCluster,
            Predicate<NodeFeature> clusterSupportsFeature
        ) {
            return List.of(new RootHandler(settings));
        }

        @Override
        public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
            return Map.of(
                "asciifolding", (indexSettings, env, name, s) -> {
                    boolean preserve = s.getAsBoolean("preserve_original", false);
                    return new AbstractTokenFilterFactory(name, s) {
                        @Override
                        public TokenStream create(TokenStream in) {
                            return new ASCIIFoldingFilter(in, preserve);
                        }
                    };
                },
                "ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
                    checkDiff(indexSettings, min, max);
                    boolean preserve = s.getAsBoolean("preserve_original", false);
                    return new AbstractTokenFilterFactory(name, s) {
                        @Override
                        public TokenStream create(TokenStream in) {
                            return new NGramTokenFilter(in, min, max, preserve);
                        }
                    };
                },
                "edge_ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
                    boolean preserve = s.getAsBoolean("preserve_original", false);
                    return new AbstractTokenFilterFactory(name, s) {
                        @Override
                        public TokenStream create(TokenStream in) {
                            return new EdgeNGramTokenFilter(in, min, max, preserve);
                        }
                    };
                }
            );
        }

        @Override
        public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
            return Map.of(
                "ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
                    checkDiff(indexSettings, min, max);
                    return new AbstractTokenizerFactory(indexSettings, s, name) {
                        @Override
                        public Tokenizer create() {
                            return new NGramTokenizer(min, max);
                        }
                    };
                },
                "edge_ngram", (indexSettings, env, name, s) -> {
                    int min = s.getAsInt("min_gram", 1), max = s.getAsInt("max_gram", 2);
                    return new AbstractTokenizerFactory(indexSettings, s, name) {
                        @Override
                        public Tokenizer create() {
                            return new EdgeNGramTokenizer(min, max);
                        }
                    };
                }
            );
        }

        private static void checkDiff(IndexSettings indexSettings, int min, int max) {
            int allowed = indexSettings.getMaxNgramDiff();
            if (max - min > allowed) {
                throw new IllegalArgumentException(
                    "The difference between max_gram and min_gram in NGram Tokenizer must be less than or equal to: ["
                        + allowed + "] but was [" + (max - min) + "]. This limit can be set by changing the ["
                        + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey() + "] index level setting."
                );
            }
        }
    }
}

package org.m4dhub.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts a single-node OpenSearch server in this JVM, with the modules
 * transport-netty4 (HTTP) and analysis-common (ngram, edge_ngram,
 * asciifolding, ...) loaded as classpath plugins.
 *
 * <p>This replaces the distribution's bootstrap (bin/opensearch): no security
 * manager, no bootstrap checks, no refusal to run as root, no plugin/module
 * directories. It is meant for tests and CI only.
 *
 * <p>Usage: {@code java -cp launcher.jar:lib/* org.m4dhub.opensearch.Launcher
 * HTTP_PORT HOME_DIR [key=value ...]}. Extra key=value arguments are node
 * settings that override the defaults below.
 */
public final class Launcher {

    /** Node's constructor that accepts classpath plugins is protected. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

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
        Path config = home.resolve("config");
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
            // a nearly full disk must not turn test indices read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // small heap: do not reject requests on the real-memory circuit breaker
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

        // Console logging (the run script sends stdout/stderr to the log file).
        Path log4jConfig = config.resolve("log4j2.properties");
        if (Files.exists(log4jConfig) == false) {
            Files.writeString(log4jConfig, LOG4J2_PROPERTIES);
        }
        Environment environment = new Environment(settings, config);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(settings.get("node.name"));
        LogConfigurator.configure(environment);

        final EmbeddedNode node;
        try {
            node = new EmbeddedNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
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
        }, "opensearch-shutdown"));

        try {
            node.start();
            // No replicas on a single node, so that new indices (and the
            // cluster) go green. This setting is read from the cluster
            // metadata, not from the node settings, hence the API call.
            node.client()
                .admin()
                .cluster()
                .prepareUpdateSettings()
                .setPersistentSettings(Settings.builder().put("cluster.default_number_of_replicas", 0))
                .get();
        } catch (Throwable t) {
            fail(t);
        }
        // the run script waits for this line
        System.out.println("LAUNCHER: ready, http://127.0.0.1:" + port);
        System.out.flush();
        // keep the JVM alive until SIGTERM/SIGINT runs the shutdown hook
        stopped.await();
    }

    /** Print the error and exit at once (non-daemon node threads would keep the JVM alive). */
    private static void fail(Throwable t) {
        System.err.println("LAUNCHER: failed to start");
        t.printStackTrace();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}

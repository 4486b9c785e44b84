// Starts DynamoDB Local with its Jetty connectors bound to 127.0.0.1 only.
// DynamoDB Local has no host option and accepts any credentials; binding every interface would expose an open
// database to the network. Compiled with javac on first use by Boto3Assist.Testing.DynamoDbLocal.
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public final class LoopbackDynamoDbLocal {
    public static void main(String[] args) throws Exception {
        DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        Server server = (Server) field.get(proxy);
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector) {
                ((ServerConnector) connector).setHost("127.0.0.1");
            }
        }
        watchParent();
        proxy.start();
        System.out.println("BOTO3ASSIST-READY");
        System.out.flush();
        proxy.join();
    }

    // Exits when the process that started us is gone, so a crashed test run leaves no server behind.
    private static void watchParent() {
        String parent = System.getProperty("boto3assist.parentPid");
        if (parent == null) {
            return;
        }
        long pid = Long.parseLong(parent);
        Thread watcher = new Thread(() -> {
            while (true) {
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    Runtime.getRuntime().halt(0);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
    }
}

package vn.loa.agent.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the agent and the broker on a port of its own: {@link #cut()} closes every relayed connection
 * and stops listening (the agent sees its link drop and its reconnects refused), {@link #restore()} listens again on
 * the same port. The broker and the controller stub stay up throughout.
 */
public final class LinkCutter implements AutoCloseable {

    private final int port;
    private final int brokerPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public LinkCutter(final int brokerPort) throws IOException {
        this.brokerPort = brokerPort;
        this.port = EmbeddedBroker.freePort();
        restore();
    }

    public int port() {
        return port;
    }

    public synchronized void restore() throws IOException {
        final ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        final Thread acceptor = new Thread(() -> accept(listening), "link-cutter-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public synchronized void cut() throws IOException {
        server.close();
        for (final Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    private void accept(final ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                final Socket agent = listening.accept();
                final Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
                sockets.add(agent);
                sockets.add(broker);
                pump(agent, broker);
                pump(broker, agent);
            } catch (IOException e) {
                return; // closed by cut()
            }
        }
    }

    private void pump(final Socket from, final Socket to) {
        final Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // a side closed: close both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "link-cutter-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(final Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}

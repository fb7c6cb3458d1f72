package org.tuoyu.sandbox.workshop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workshop's web server: the group page at {@code /} and the JSON API of docs/workshop.md. The JDK's own
 * server (docs/decisions/0016-workshop-server.md): a classroom is at most sixty phones, the API is five routes, and it
 * adds nothing to download. Only what the API names is served: no files, no other scenarios. Every request is
 * bounded in size and rate; every value passes the workshop's checks before the engine sees it.
 */
public final class WorkshopServer implements AutoCloseable {

    /** The largest request body read; a group's levers take a few hundred bytes. */
    static final int MAX_BODY = 16 * 1024;
    /** Requests per second one client may make, with a burst; a slider sends a few a second. */
    static final double RATE = 20;
    static final double BURST = 40;
    /** How long close() lets answers in progress finish before it cuts the connections. */
    static final long DRAIN_MILLIS = 1000;

    private final Workshop workshop;
    private final HttpServer server;
    private final ExecutorService pool;
    private final ObjectMapper json = new ObjectMapper();
    private final RateLimit limit = new RateLimit(RATE, BURST, System::nanoTime);
    private final byte[] page;
    private final byte[] boardPage;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    private WorkshopServer(Workshop workshop, HttpServer server, ExecutorService pool) throws IOException {
        this.workshop = workshop;
        this.server = server;
        this.pool = pool;
        page = resource("page.html");
        boardPage = resource("board.html");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WorkshopServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("the workshop page " + name + " is missing from the program");
            return in.readAllBytes();
        }
    }

    /**
     * Starts serving on {@code bind:port} (port 0: any free port). Every thread the server runs on is a daemon, so a
     * workshop left open never keeps the app alive: the JDK's dispatcher thread takes its daemon flag from the thread
     * that calls {@code HttpServer.start()}, so that call is made on one of the pool's daemon threads.
     */
    public static WorkshopServer start(Workshop workshop, String bind, int port) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(bind, port), 64);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemons("workshop-http"));
        WorkshopServer ws = new WorkshopServer(workshop, s, pool);
        s.createContext("/", ws::handle);
        s.setExecutor(pool);
        try {
            pool.submit(s::start).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ws.close();
            throw new IOException("interrupted while starting the workshop server", e);
        } catch (ExecutionException | TimeoutException e) {
            ws.close();
            throw new IOException("the workshop server did not start: " + e, e);
        }
        return ws;
    }

    /** Threads that never keep the program running, numbered for a thread dump. */
    static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public int port() { return server.getAddress().getPort(); }

    public Workshop workshop() { return workshop; }

    /** Completes once the server has stopped and its threads are gone (or given up on after a bounded wait). */
    public CompletableFuture<Void> stopped() { return stopped; }

    /**
     * Stops serving: new requests get 503, answers in progress get up to {@link #DRAIN_MILLIS} to finish, then the
     * port is closed. Bounded: it returns within a few seconds whatever the groups are doing. Safe to call twice.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        try {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
            synchronized (inFlight) {
                while (inFlight.get() > 0 && System.nanoTime() < end) {
                    inFlight.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
                }
            }
            // Not stop(delay): on Java 17 it waits the whole delay even when nothing is in progress.
            server.stop(0);
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.complete(null);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        inFlight.incrementAndGet();
        try {
            if (closing.get()) {
                send(ex, 503, error("the workshop has ended"));
                return;
            }
            if (!allowed(ex)) {
                send(ex, 429, error("too many requests: slow down"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("GET") && (path.equals("/") || path.equals("/board"))) {
                sendPage(ex, path.equals("/") ? page : boardPage);
                return;
            }
            if (method.equals("GET") && path.equals("/api/qr.svg")) {
                sendQr(ex);
                return;
            }
            Object body = route(ex, method, path);
            send(ex, 200, body);
        } catch (Workshop.Refused r) {
            send(ex, r.status(), error(r.getMessage()));
        } catch (IOException | RuntimeException e) {
            // A malformed body or an error of ours: the page gets one line, never a trace.
            send(ex, 400, error("request not understood: " + e.getClass().getSimpleName()));
        } finally {
            ex.close();
            synchronized (inFlight) {
                inFlight.decrementAndGet();
                inFlight.notifyAll();
            }
        }
    }

    private Object route(HttpExchange ex, String method, String path) throws IOException, Workshop.Refused {
        switch (method + " " + path) {
            case "GET /api/workshop":
                return WorkshopJson.workshop(workshop);
            case "POST /api/join": {
                Map<String, Object> b = body(ex);
                String token = workshop.join(string(b.get("code")), string(b.get("group")));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("token", token);
                m.put("workshop", WorkshopJson.workshop(workshop));
                m.put("group", WorkshopJson.group(workshop, workshop.group(token)));
                return m;
            }
            case "POST /api/scenario": {
                Object levers = body(ex).get("levers");
                if (!(levers instanceof Map)) throw new Workshop.Refused(400, "send {\"levers\": {LEVER: value}}");
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) levers;
                return WorkshopJson.group(workshop, workshop.evaluate(bearer(ex), values));
            }
            case "POST /api/submit":
                return WorkshopJson.group(workshop, workshop.submit(bearer(ex)));
            case "GET /api/board": {
                String code = query(ex.getRequestURI()).get("code");
                if (code == null || !workshop.code().equalsIgnoreCase(code.trim())) throw new Workshop.Refused(401, "wrong join code");
                return WorkshopJson.board(workshop);
            }
            default:
                throw new Workshop.Refused(404, "no such page");
        }
    }

    private static void sendPage(HttpExchange ex, byte[] html) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'; img-src 'self'");
        ex.sendResponseHeaders(200, html.length);
        ex.getResponseBody().write(html);
    }

    /** The join address as the projector's QR code: the address the board itself was opened with, plus the code. */
    private void sendQr(HttpExchange ex) throws IOException, Workshop.Refused {
        String code = query(ex.getRequestURI()).get("code");
        if (code == null || !workshop.code().equalsIgnoreCase(code.trim())) throw new Workshop.Refused(401, "wrong join code");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]{1,100}")) host = "127.0.0.1:" + port();
        byte[] svg = QrCode.svg("http://" + host + "/?code=" + workshop.code()).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "image/svg+xml");
        ex.sendResponseHeaders(200, svg.length);
        ex.getResponseBody().write(svg);
    }

    private Map<String, Object> body(HttpExchange ex) throws IOException, Workshop.Refused {
        byte[] b = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (b.length > MAX_BODY) throw new Workshop.Refused(413, "request too large");
        Object o = json.readValue(b, Object.class);
        if (!(o instanceof Map)) throw new Workshop.Refused(400, "send a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        return m;
    }

    private static String bearer(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7).trim() : null;
    }

    private static String string(Object o) { return o instanceof String ? (String) o : null; }

    private static Map<String, String> query(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q == null) return m;
        for (String kv : q.split("&")) {
            int i = kv.indexOf('=');
            if (i > 0) m.put(kv.substring(0, i), URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    /**
     * One bucket per address and group token; the board's polls have their own bucket per address, so a projector
     * on the teacher's machine is never slowed by groups joining from that machine (or the other way round).
     */
    private boolean allowed(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        String who = path.equals("/api/board") || path.equals("/board") || path.equals("/api/qr.svg") ? "board" : bearer(ex);
        return limit.allow(ex.getRemoteAddress().getAddress().getHostAddress() + " " + who);
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        return m;
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] b = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }
}

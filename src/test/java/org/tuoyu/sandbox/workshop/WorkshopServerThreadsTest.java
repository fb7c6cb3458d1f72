package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/** A workshop server never keeps the program alive, and stopping it is bounded and announced. */
class WorkshopServerThreadsTest {

    @Test
    void aProgramWhoseMainReturnsWithTheServerStillRunningEnds() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WorkshopServerChild.class.getName())
                .redirectErrorStream(true).start();
        try {
            // Bounded: a non-daemon dispatcher thread would keep the child running for ever.
            boolean ended = child.waitFor(120, TimeUnit.SECONDS);
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(ended, "the program kept running after main returned: a server thread is not a daemon\n" + out);
            assertEquals(0, child.exitValue(), out);
            assertTrue(out.contains("answered 200"), out);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void closingReturnsWithinSecondsTellsItsListenersAndFreesThePort() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        Workshop w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", doc.region().region())),
                List.of(), 2026, "STOP23");
        WorkshopServer s = WorkshopServer.start(w, "127.0.0.1", 0);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/workshop"))
                .timeout(Duration.ofSeconds(30)).build();
        assertEquals(200, http.send(ask, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(s.stopped().isDone());
        Thread closer = new Thread(s::close, "closer");
        closer.setDaemon(true);
        closer.start();
        closer.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(closer.isAlive(), "close() returned");
        assertTrue(s.stopped().isDone(), "the stopped event fired");
        assertThrows(ConnectException.class, () -> http.send(ask, HttpResponse.BodyHandlers.ofString()),
                "the port is closed");
        s.close(); // a second close is harmless
    }
}

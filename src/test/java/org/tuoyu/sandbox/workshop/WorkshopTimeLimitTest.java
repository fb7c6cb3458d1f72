package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The time limit on submissions, on a clock the test moves: the page and the board see the time left, and at the end
 * changes and submissions get 409 with a message, as when the teacher locks; the teacher's reopening gives more time.
 */
class WorkshopTimeLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void atTheEndOfTheLimitSubmissionsLockWith409AndTheTimeLeftIsShownUntilThen() throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        Workshop w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", doc.region().region())),
                List.of(), 2026, "TIME23");
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T09:00:00Z"));
        w.setClock(now::get);
        w.setMinutes(2);
        try (WorkshopServer s = WorkshopServer.start(w, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + s.port();
            String token = (String) post(base, "/api/join", "{\"code\":\"TIME23\",\"group\":\"A\"}", null, 200).get("token");
            now.set(now.get().plusSeconds(30));
            Map<String, Object> moved = post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":700}}", token, 200);
            assertEquals(90, ((Number) moved.get("secondsLeft")).intValue(), "the page's clock: 1:30 left");
            Map<String, Object> board = get(base + "/api/board?code=TIME23");
            assertEquals(90, ((Number) board.get("secondsLeft")).intValue());
            assertEquals(Boolean.TRUE, board.get("open"));

            now.set(now.get().plusSeconds(90));
            Map<String, Object> late = post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":900}}", token, 409);
            assertEquals("submissions are closed: the time is up", late.get("error"));
            assertEquals("submissions are closed: the time is up", post(base, "/api/submit", "{}", token, 409).get("error"));
            board = get(base + "/api/board?code=TIME23");
            assertEquals(Boolean.FALSE, board.get("open"), "the board shows submissions closed");
            assertEquals(0, ((Number) board.get("secondsLeft")).intValue());
            Map<?, ?> group = (Map<?, ?>) ((List<?>) board.get("groups")).get(0);
            assertEquals(700.0, ((Number) ((Map<?, ?>) group.get("levers")).get("demand.voucher.A2")).doubleValue(),
                    "the last move before the end stands");
            assertFalse(w.isOpen());

            w.setOpen(true); // the teacher gives more time: the limit is lifted
            assertTrue(w.isOpen());
            assertEquals(-1, w.secondsLeft());
            post(base, "/api/submit", "{}", token, 200);
        }
    }

    private static Map<String, Object> post(String base, String path, String body, String token, int status) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(r.body(), Map.class);
        return m;
    }

    private static Map<String, Object> get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(r.body(), Map.class);
        return m;
    }
}

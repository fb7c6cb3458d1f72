package org.tuoyu.sandbox.workshop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * A program that starts a workshop from its main thread, answers one request and then simply returns from main
 * without closing the server, as an app would whose workshop window outlived the main window. WorkshopServerThreadsTest
 * runs it in its own JVM: it must end by itself.
 */
public final class WorkshopServerChild {

    private WorkshopServerChild() {}

    public static void main(String[] args) throws Exception {
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:jiangmen-2024.yaml"));
        Workshop w = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", doc.region().region())),
                List.of(), 2026, "CHILD2");
        WorkshopServer s = WorkshopServer.start(w, "127.0.0.1", 0);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + s.port() + "/api/workshop")).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("answered " + r.statusCode());
    }
}

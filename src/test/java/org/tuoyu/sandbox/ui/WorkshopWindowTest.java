package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.ui.workshop.WorkshopViewModel;
import org.tuoyu.sandbox.workshop.WorkshopServer;

/**
 * 课堂模式 from the real menu: start a workshop on the baseline, a group joins and moves a lever over HTTP and shows up
 * in the teacher's list; locking refuses its changes; the group opens as a reform tab; the workshop saves as a folder;
 * closing the window stops the server.
 */
class WorkshopWindowTest extends RealWindowTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Start
    void start(Stage stage) throws Exception { open(stage); }

    private static void await(BooleanSupplier ok, long seconds, String what) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return ok.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting: " + what);
        }
    }

    private static HttpResponse<String> post(String base, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupThatJoinsFromItsPhoneAppearsCanBeLockedOpensAsAReformAndTheServerStopsWithTheWindow(FxRobot robot)
            throws Exception {
        robot.clickOn("#menu-workshop").clickOn("#mi-workshop");
        WaitForAsyncUtils.waitForFxEvents();
        Window win = robot.listTargetWindows().stream()
                .filter(w -> w.getScene() != null && "workshop-window".equals(w.getScene().getRoot().getId()))
                .findFirst().orElse(null);
        assertNotNull(win, "the workshop window opened");
        WorkshopViewModel vm = (WorkshopViewModel) win.getScene().getRoot().getProperties().get(WorkshopViewModel.class);
        robot.interact(() -> {
            vm.bindProperty().set("127.0.0.1");
            vm.portProperty().set(0);
        });
        robot.clickOn("#workshop-start");
        await(() -> !vm.addressProperty().get().isEmpty(), 30, "the server to listen");
        String address = vm.addressProperty().get();
        String code = vm.workshop().code();
        assertTrue(address.endsWith("/?code=" + code), address);
        String base = address.substring(0, address.indexOf("/?"));

        HttpResponse<String> joined = post(base, "/api/join", "{\"code\":\"" + code + "\",\"group\":\"第三组\"}", null);
        assertEquals(200, joined.statusCode(), joined.body());
        String token = (String) JSON.readValue(joined.body(), Map.class).get("token");
        assertEquals(200, post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":900}}", token).statusCode());
        TableView<WorkshopViewModel.GroupLine> table = robot.lookup("#workshop-groups").queryTableView();
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).levers().contains("900"), 30,
                "the group and its voucher in the teacher's list");
        assertEquals("第三组", table.getItems().get(0).name());
        assertTrue(table.getItems().get(0).rateChange() > 0, "a voucher of 900 a month raises enrolment");

        robot.clickOn("#workshop-lock");
        await(() -> !vm.openProperty().get(), 10, "submissions locked");
        HttpResponse<String> locked = post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":100}}", token);
        assertEquals(409, locked.statusCode(), "a locked workshop refuses changes");
        robot.clickOn("#workshop-lock");
        await(() -> vm.openProperty().get(), 10, "submissions reopened");
        assertEquals(200, post(base, "/api/submit", "{}", token).statusCode());
        await(() -> table.getItems().get(0).submitted(), 10, "the submission in the list");

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#workshop-open-reform");
        await(() -> window.workspace().slots().size() == 2, 10, "the group's reform tab");
        ScenarioDocument reform = window.workspace().slots().get(1).document();
        assertTrue(reform.isReform() && reform.name().startsWith("第三组"), reform.name());
        assertEquals(900, reform.scenario().levers().regionWide().get(LeverKey.VOUCHER_A2), 0.0);

        Path saved = home.resolve("workshop-" + code);
        robot.interact(() -> vm.save(saved));
        await(() -> saved.equals(vm.lastWrittenProperty().get()), 60, "the workshop folder");
        try (var files = Files.list(saved)) {
            assertEquals(3, files.count(), "baseline, the group's scenario and the manifest");
        }

        twoMoreGroupsAndAScreenshot(robot, win, table, base, code);

        WorkshopServer server = vm.serverProperty().get();
        robot.interact(() -> ((Stage) win).close());
        await(() -> vm.serverProperty().get() == null, 10, "the workshop to end with its window");
        // The background thread stops the server; its own event says when the port is closed.
        server.stopped().get(60, TimeUnit.SECONDS);
        assertThrows(IOException.class, () -> post(base, "/api/workshop", "{}", null));
    }

    /** Two more groups, then the teacher's window as docs/workshop.md shows it (target/workshop-shots/). */
    @SuppressWarnings("unchecked")
    private static void twoMoreGroupsAndAScreenshot(FxRobot robot, Window win, TableView<WorkshopViewModel.GroupLine> table,
                                                    String base, String code) throws Exception {
        for (String[] g : new String[][] {{"第一组", "400", "2000"}, {"Team Green", "1500", "1000"}}) {
            String t = (String) JSON.readValue(post(base, "/api/join", "{\"code\":\"" + code + "\",\"group\":\"" + g[0]
                    + "\"}", null).body(), Map.class).get("token");
            post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":" + g[1] + ",\"supply.operatingSubsidy.A2\":"
                    + g[2] + "}}", t);
        }
        await(() -> table.getItems().size() == 3, 30, "three groups in the list");
        Path shots = Files.createDirectories(Path.of("target", "workshop-shots"));
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(win.getScene().snapshot(null), null),
                        "png", shots.resolve("workshop-window.png").toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

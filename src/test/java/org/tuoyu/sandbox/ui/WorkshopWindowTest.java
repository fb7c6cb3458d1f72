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
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.engine.LeverKey;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.WorkspaceDocument;
import org.tuoyu.sandbox.scenario.WorkspaceReader;
import org.tuoyu.sandbox.ui.workshop.WorkshopViewModel;
import org.tuoyu.sandbox.workshop.WorkshopServer;

/**
 * 课堂模式 from the real menu: start a workshop on the baseline, a group joins and moves a lever over HTTP and shows up
 * in the teacher's list; locking refuses its changes; the group opens as a reform tab; the workshop saves as a workspace
 * file and reopens from it under a new code, the group rejoining by name; closing the window stops the server.
 */
class WorkshopWindowTest extends RealWindowTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Start
    void start(Stage stage) throws Exception { open(stage); }

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
        String district = vm.base().region().region().districts().get(0).id();
        robot.interact(() -> {
            vm.bindProperty().set("127.0.0.1");
            vm.portProperty().set(0);
            vm.minutesProperty().set(30);
            vm.addLever(LeverKey.VOUCHER_A2, 0, 1500).district.set(district); // a lever for one district
        });
        assertEquals(3, robot.lookup(".workshop-lever-row").queryAll().size(), "the set-up shows the district's lever");
        robot.clickOn("#workshop-start");
        await(() -> !vm.addressProperty().get().isEmpty(), 30, "the server to listen");
        assertTrue(robot.lookup("#workshop-time-left").queryAs(javafx.scene.control.Label.class).getText()
                .matches("距提交截止还有 (30:00|29:[0-5]\\d)"), "the teacher sees the time left");
        String address = vm.addressProperty().get();
        String code = vm.workshop().code();
        assertTrue(address.endsWith("/?code=" + code), address);
        String base = address.substring(0, address.indexOf("/?"));
        HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/workshop")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(info.body().contains("\"key\":\"districts." + district + ".demand.voucher.A2\"")
                && info.body().contains("\"district\":\"" + district + "\""), info.body());

        HttpResponse<String> joined = post(base, "/api/join", "{\"code\":\"" + code + "\",\"group\":\"第三组\"}", null);
        assertEquals(200, joined.statusCode(), joined.body());
        String token = (String) JSON.readValue(joined.body(), Map.class).get("token");
        assertEquals(200, post(base, "/api/scenario", "{\"levers\":{\"demand.voucher.A2\":900}}", token).statusCode());
        TableView<WorkshopViewModel.GroupLine> table = robot.lookup("#workshop-groups").queryTableView();
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).levers().contains("900"), 30,
                "the group and its voucher in the teacher's list");
        assertEquals("第三组", table.getItems().get(0).name());
        assertTrue(table.getItems().get(0).change(org.tuoyu.sandbox.engine.Indicator.ENROLMENT_RATE) > 0, "a voucher of 900 a month raises enrolment");

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

        Path saved = home.resolve("workshop-" + code + ".tuoyu");
        robot.interact(() -> vm.save(saved));
        await(() -> saved.equals(vm.lastWrittenProperty().get()), 60, "the workshop file");
        WorkspaceDocument file = WorkspaceReader.read(saved);
        assertEquals(2, file.scenarios().size(), "the baseline and the group's scenario, as a workspace opens them");
        assertEquals("第三组", file.workshop().groups().get(0).name());

        twoMoreGroupsAndAScreenshot(robot, win, table, base, code);

        String base2 = endAndReopen(robot, vm, table, saved, code);

        WorkshopServer server = vm.serverProperty().get();
        robot.interact(() -> ((Stage) win).close());
        await(() -> vm.serverProperty().get() == null, 10, "the workshop to end with its window");
        // The background thread stops the server; its own event says when the port is closed.
        server.stopped().get(60, TimeUnit.SECONDS);
        assertThrows(IOException.class, () -> post(base2, "/api/workshop", "{}", null));
    }

    /** Ends the workshop and reopens it from its file: a new code, the group back, and it carries on by its name. */
    @SuppressWarnings("unchecked")
    private static String endAndReopen(FxRobot robot, WorkshopViewModel vm, TableView<WorkshopViewModel.GroupLine> table,
                                       Path saved, String code) throws Exception {
        WorkshopServer first = vm.serverProperty().get();
        robot.clickOn("#workshop-stop");
        first.stopped().get(60, TimeUnit.SECONDS);
        robot.interact(() -> vm.reopen(saved));
        await(() -> !vm.addressProperty().get().isEmpty(), 60, "the reopened workshop to listen");
        String again = vm.workshop().code();
        assertTrue(!again.equals(code), "a reopened workshop has a new code");
        await(() -> table.getItems().size() == 1 && table.getItems().get(0).name().equals("第三组"), 30,
                "the saved group back in the list");
        String base2 = vm.addressProperty().get().substring(0, vm.addressProperty().get().indexOf("/?"));
        String token2 = (String) JSON.readValue(post(base2, "/api/join", "{\"code\":\"" + again + "\",\"group\":\"第三组\"}",
                null).body(), Map.class).get("token");
        HttpResponse<String> resumed = post(base2, "/api/submit", "{}", token2);
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertTrue(resumed.body().contains("\"demand.voucher.A2\":900.0"), "the group's saved voucher: " + resumed.body());
        return base2;
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

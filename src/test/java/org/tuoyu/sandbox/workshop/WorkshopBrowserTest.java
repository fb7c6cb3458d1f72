package org.tuoyu.sandbox.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tuoyu.sandbox.decide.DecisionLever;
import org.tuoyu.sandbox.engine.Indicator;
import org.tuoyu.sandbox.engine.Target;
import org.tuoyu.sandbox.scenario.Location;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ScenarioFiles;

/**
 * The group page and the projector board in a real headless Chromium (Debian's chromium and chromium-driver): a group
 * joins, moves a slider with the keyboard, sees its results, submits, and the board shows it and follows its next
 * move. Skipped, saying why, when Chromium is not installed, unless TUOYU_REQUIRE_CHROMIUM is set (.ci/run sets it
 * after installing Chromium, so CI cannot pass by skipping). Keeps screenshots of the board (1600×1000) and of the
 * page on a phone (390×844) in target/workshop-shots/ (the ones in docs/ come from here).
 */
class WorkshopBrowserTest {

    private static final String CODE = "PQRS45";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SHOTS = Path.of("target", "workshop-shots");
    private static WorkshopServer server;
    private static Workshop workshop;
    private static WebDriver browser;
    private static String base;

    private static String found(String env, String... paths) {
        String given = System.getenv(env);
        if (given != null && new File(given).canExecute()) return given;
        for (String p : paths) if (new File(p).canExecute()) return p;
        return null;
    }

    @BeforeAll
    static void start() throws Exception {
        String chromium = found("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        String driver = found("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String why = "headless Chromium is not installed (chromium " + chromium + ", chromedriver " + driver
                    + "): apt-get install chromium chromium-driver, as .ci/run does";
            if (System.getenv("TUOYU_REQUIRE_CHROMIUM") != null) throw new AssertionError(why);
            Assumptions.abort(why);
        }
        ScenarioDocument doc = ScenarioFiles.load(Location.parse("builtin:beijing-2025.yaml"));
        var region = doc.region().region();
        workshop = new Workshop(doc, List.of(DecisionLever.parse("demand.voucher.A2=0:2000", region),
                DecisionLever.parse("supply.operatingSubsidy.A2=0:3000", region),
                DecisionLever.parse("districts.tongzhou.supply.operatingSubsidy.A2=0:3000", region)),
                List.of(Target.parse("enrolmentRate>=0.12", 2027), Target.parse("generalBudget<=8e9", 2027)), 2027, CODE);
        server = WorkshopServer.start(workshop, "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium);
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=1600,1000", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static WebDriverWait waiting() { return new WebDriverWait(browser, WAIT); }

    @Test
    void aGroupJoinsMovesASliderSubmitsAndTheBoardFollows() throws Exception {
        othersJoin();
        browser.get(base + "/?code=" + CODE);
        assertEquals(CODE, browser.findElement(By.id("code")).getAttribute("value"), "the QR code's address fills the code in");
        browser.findElement(By.id("group")).sendKeys("浏览器组 <i>");
        browser.findElement(By.id("joinButton")).click();
        waiting().until(d -> d.findElement(By.id("work")).isDisplayed());
        assertEquals("浏览器组 <i>", browser.findElement(By.id("groupName")).getText(), "the name shows as the text it is");
        List<String> places = browser.findElements(By.cssSelector("#levers h4.place")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("全区", "通州区"), places, "the district's lever under its own heading");

        WebElement slider = browser.findElement(By.cssSelector("#levers input[type=range][data-key='demand.voucher.A2']"));
        WebElement number = browser.findElement(By.cssSelector("#levers input[type=number][data-key='demand.voucher.A2']"));
        for (int k = 0; k < 40; k++) slider.sendKeys(Keys.ARROW_RIGHT); // a step of 20 元: 800 元 a month
        waiting().until(d -> "800".equals(number.getAttribute("value")));
        waiting().until(d -> groupVoucher("浏览器组 <i>") == 800.0);
        waiting().until(d -> d.findElement(By.id("tiles")).getText().contains("+"));
        browser.findElement(By.id("submit")).click();
        waiting().until(d -> !d.findElement(By.id("submitted")).getText().isEmpty());
        assertTrue(group("浏览器组 <i>").submitted());
        Files.createDirectories(SHOTS);
        viewport(390, 844, true);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        shoot("workshop-phone.png");

        String page = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        viewport(1600, 1000, false);
        browser.get(base + "/board?code=" + CODE);
        waiting().until(d -> d.findElement(By.id("rows")).getText().contains("浏览器组 <i>"));
        assertTrue(browser.findElement(By.id("code")).getText().equals(CODE));
        // The result columns are the catalogue's indicators (Workshop.BOARD), named as everywhere else.
        String head = browser.findElement(By.id("head")).getText();
        assertTrue(head.contains(Indicator.GENERAL_BUDGET.labelZh() + "（较基线）")
                && head.contains(Indicator.ENROLMENT_RATE.labelZh() + "（较基线）"), head);
        assertTrue(browser.findElement(By.id("rows")).getText().contains(" 亿元"), "the budget's change in 亿元");
        assertTrue(Workshop.HEADLINE.containsAll(Workshop.BOARD), "a group's differences hold every board column");
        waiting().until(d -> d.findElement(By.id("qr")).getAttribute("naturalWidth") != null
                && !"0".equals(d.findElement(By.id("qr")).getAttribute("naturalWidth")));
        shoot("workshop-board.png");
        // The app's comparison charts, one bar per group in its board colour.
        String colour = group("浏览器组 <i>").colour();
        waiting().until(d -> d.findElements(By.cssSelector("#charts figure")).size() == 3
                && d.findElements(By.cssSelector("#charts rect[fill='" + colour + "']")).size() >= 3);
        assertTrue(browser.findElement(By.id("legend")).getText().contains("浏览器组 <i>"), "the legend names the group as text");
        viewport(1600, 1900, false);
        shoot("workshop-board-charts.png");
        viewport(1600, 1000, false);

        browser.switchTo().window(page);
        number.clear();
        number.sendKeys("1500", Keys.TAB); // the number field's change event
        waiting().until(d -> groupVoucher("浏览器组 <i>") == 1500.0);
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(base + "/board?code=" + CODE);
        waiting().until(d -> d.findElement(By.id("rows")).getText().contains("1,500"));
    }

    /** Other groups join through the API, so the board shows a ranking. */
    private static void othersJoin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[][] groups = {{"第一组", "600", "0"}, {"第二组", "0", "2500"}, {"Team Green", "1800", "1200"}};
        for (String[] g : groups) {
            String token = workshop.join(CODE, g[0]);
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/scenario")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"levers\":{\"demand.voucher.A2\":" + g[1]
                            + ",\"supply.operatingSubsidy.A2\":" + g[2] + "}}")).build();
            assertEquals(200, http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode());
            if (!g[0].equals("第二组")) workshop.submit(token);
        }
    }

    private static Workshop.Group group(String name) {
        return workshop.ranked().stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    private static double groupVoucher(String name) {
        Workshop.Group g = group(name);
        Map<String, Double> l = g == null ? Map.of() : g.levers();
        return l.getOrDefault("demand.voucher.A2", -1.0);
    }

    /** The page's viewport exactly (a headless window has a minimum width and its own frame). */
    private static void viewport(int width, int height, boolean phone) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    private static void shoot(String name) throws Exception {
        Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

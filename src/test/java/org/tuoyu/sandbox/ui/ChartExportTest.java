package org.tuoyu.sandbox.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tuoyu.sandbox.ui.charts.ChartExport;
import org.tuoyu.sandbox.ui.charts.ChartsView;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.w3c.dom.Document;

/** A chart's right-click menu saves a PNG and an SVG that open, copies an image, and refuses clearly (issue 12). */
@ExtendWith(ApplicationExtension.class)
class ChartExportTest {

    private static final String TITLE = "财政支出构成（亿元）";

    @TempDir
    Path dir;

    private ChartViewer viewer;
    private ChartExport export;
    private Canvas canvas;
    private ChartExport canvasExport;
    private final List<String> done = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();

    private final ChartExport.Feedback feedback = new ChartExport.Feedback() {
        @Override
        public void done(String message) { done.add(message); }

        @Override
        public void refused(String message) { refused.add(message); }
    };

    @Start
    void start(Stage stage) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        ds.addValue(12.5, "托育券", "2026");
        ds.addValue(14.0, "托育券", "2027");
        JFreeChart chart = ChartFactory.createBarChart(TITLE, null, "亿元", ds);
        I18n zh = new I18n(I18n.Lang.ZH);
        viewer = ChartsView.viewer(chart, "chart-under-test");
        export = ChartExport.install(viewer, TITLE, zh).withFeedback(feedback);
        canvas = new Canvas(160, 120);
        canvas.getGraphicsContext2D().setFill(Color.web("#2b6cb0"));
        canvas.getGraphicsContext2D().fillRect(10, 10, 100, 80);
        canvasExport = ChartExport.installOnNode(canvas, "地图", zh).withFeedback(feedback);
        viewer.setPrefSize(400, 300);
        stage.setScene(new Scene(new HBox(viewer, canvas), 600, 320));
        stage.show();
    }

    @Test
    void rightClickSavesAPngThatDecodesAtTwiceTheShownSize(FxRobot robot) throws Exception {
        Path target = dir.resolve("fiscal.png");
        List<String> suggested = new ArrayList<>();
        export.withTarget((name, format) -> { suggested.add(name); return target; });
        // Monocle (headless) does not turn a right button into a menu request: the event the platform sends, by hand
        robot.interact(() -> {
            javafx.geometry.Bounds b = viewer.localToScreen(viewer.getLayoutBounds());
            javafx.event.Event.fireEvent(viewer, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 100, 100,
                    b.getMinX() + 100, b.getMinY() + 100, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(export.contextMenu().isShowing(), "right-click shows our menu, not JFreeChart's");
        assertEquals(List.of("另存为 PNG 图片…", "另存为 SVG 矢量图…", "复制到剪贴板", "打印…"),
                export.contextMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        robot.interact(() -> {
            export.contextMenu().getItems().stream().filter(i -> "chart-export-png".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
            export.contextMenu().hide();
        });
        assertEquals(List.of("财政支出构成-亿元.png"), suggested, "the offered name comes from the chart, without brackets");
        BufferedImage img = ImageIO.read(target.toFile());
        assertNotNull(img, "the PNG decodes");
        assertEquals(2 * (int) Math.round(viewer.getWidth()), img.getWidth());
        assertEquals(2 * (int) Math.round(viewer.getHeight()), img.getHeight());
        assertTrue(done.get(0).contains(target.toString()), done.toString());
        assertTrue(refused.isEmpty(), refused.toString());
    }

    @Test
    void svgIsAVectorDocumentWithTheChartsTexts(FxRobot robot) throws Exception {
        Path target = dir.resolve("fiscal.svg");
        export.withTarget((name, format) -> target);
        robot.interact(() -> export.save(ChartExport.Format.SVG));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        Document doc = f.newDocumentBuilder().parse(target.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        String text = Files.readString(target);
        assertTrue(text.contains(TITLE), "the title is text in the SVG, not pixels");
        assertTrue(doc.getElementsByTagName("image").getLength() == 0, "no embedded bitmap");
    }

    @Test
    void aMissingFolderIsRefusedByNameAndNothingIsWritten(FxRobot robot) {
        Path target = dir.resolve("no-such-folder").resolve("fiscal.png");
        export.withTarget((name, format) -> target);
        robot.interact(() -> assertNull(export.save(ChartExport.Format.PNG)));
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains(target.toString()), refused.get(0));
        assertTrue(refused.get(0).contains("文件夹不存在"), "said in the UI's language: " + refused.get(0));
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aFailedSaveLeavesThePreviousFileWhole(FxRobot robot) throws Exception {
        Path target = dir.resolve("fiscal.png");
        Files.writeString(target, "previous");
        // a directory where the temporary file would go cannot be created: the folder is made read-only
        assertTrue(dir.toFile().setWritable(false));
        try {
            export.withTarget((name, format) -> target);
            robot.interact(() -> export.save(ChartExport.Format.PNG));
        } finally {
            assertTrue(dir.toFile().setWritable(true));
        }
        if (!refused.isEmpty()) assertEquals("previous", Files.readString(target), "the old file survives");
        else assertNotNull(ImageIO.read(target.toFile()), "root may write anyway: then the PNG is whole");
    }

    @Test
    void copyPutsTheChartOnTheClipboardAsAnImage(FxRobot robot) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            export.copyToClipboard();
            assertTrue(Clipboard.getSystemClipboard().hasImage(), "an image to paste into Word or WPS");
            assertEquals(2 * Math.round(viewer.getWidth()), Math.round(Clipboard.getSystemClipboard().getImage().getWidth()));
        });
        assertEquals(1, done.size());
    }

    @Test
    void aCanvasIsSavedAsASnapshotAndRefusesSvg(FxRobot robot) throws Exception {
        Path target = dir.resolve("map.png");
        canvasExport.withTarget((name, format) -> target);
        robot.interact(() -> canvasExport.save(ChartExport.Format.PNG));
        BufferedImage img = ImageIO.read(target.toFile());
        assertEquals(160, img.getWidth());
        assertEquals(0xff2b6cb0, img.getRGB(50, 50), "the snapshot has the canvas's drawing");
        robot.interact(() -> assertNull(canvasExport.save(ChartExport.Format.SVG)));
        assertTrue(refused.get(0).contains("PNG"), refused.toString());
        assertFalse(Files.exists(dir.resolve("map.svg")));
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) {
        robot.interact(() -> {
            if (javafx.print.Printer.getDefaultPrinter() == null) {
                export.print();
                assertEquals(List.of("没有可用的打印机，无法打印。"), refused);
            }
        });
    }
}

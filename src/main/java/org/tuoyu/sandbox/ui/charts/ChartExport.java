package org.tuoyu.sandbox.ui.charts;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.tuoyu.sandbox.scenario.AtomicFiles;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.w3c.dom.Document;

/**
 * A chart's context menu: save as PNG, save as SVG, copy to the clipboard, print. It works on a JFreeChart in a
 * {@link ChartViewer} (drawn afresh at the size shown, PNG at twice the pixels, SVG as vectors through Batik) and
 * on any other JavaFX node such as the map's canvas (a snapshot; SVG is refused there, the node has no vectors).
 * Files are written through {@link AtomicFiles}, so a failed save leaves the previous file whole; every refusal
 * is said in the UI's language and names the file.
 */
public final class ChartExport {

    public enum Format {
        PNG("png"), SVG("svg");

        final String extension;

        Format(String extension) { this.extension = extension; }
    }

    /** Where to save (the suggested name has the format's extension), or null when the user cancels. */
    @FunctionalInterface
    public interface Target { Path choose(String suggestedFileName, Format format); }

    /** What the user is told: a saved file, a copy, or why nothing happened. */
    public interface Feedback {
        void done(String message);

        void refused(String message);
    }

    /** A node property: a {@code Consumer<String>} that shows a line in the window's status bar. */
    public static final String STATUS_KEY = "tuoyu.status";

    /** A PNG is drawn at this many pixels per point shown, so it stays sharp in a document. */
    static final int PNG_SCALE = 2;

    private static File lastFolder;

    private final JFreeChart chart;
    private final Node node;
    private final String name;
    private final I18n i18n;
    private Target target;
    private Feedback feedback;
    private ContextMenu attached;

    private ChartExport(JFreeChart chart, Node node, String name, I18n i18n) {
        this.chart = chart;
        this.node = node;
        this.name = name;
        this.i18n = i18n;
        this.target = this::chooseWithDialog;
        this.feedback = alerts(node);
    }

    /** Gives a chart viewer the export menu in place of JFreeChart's own; {@code name} seeds the file name. */
    public static ChartExport install(ChartViewer viewer, String name, I18n i18n) {
        ChartExport e = new ChartExport(null, viewer, name, i18n);
        e.attach(viewer);
        return e;
    }

    /** Gives any node (a JavaFX chart, a canvas) the export menu; it is exported as a snapshot. */
    public static ChartExport installOnNode(Node node, String name, I18n i18n) {
        ChartExport e = new ChartExport(null, node, name, i18n);
        e.attach(node);
        return e;
    }

    /** For code without a window (tests, batch): a chart drawn at a given size. */
    public static ChartExport of(JFreeChart chart, String name, I18n i18n) {
        return new ChartExport(chart, null, name, i18n);
    }

    public ChartExport withTarget(Target t) {
        this.target = t;
        return this;
    }

    public ChartExport withFeedback(Feedback f) {
        this.feedback = f;
        return this;
    }

    private void attach(Node on) {
        ContextMenu menu = menu();
        attached = menu;
        // Replaces ChartViewer's own handler (its menu has no SVG without JFreeSVG and writes non-atomically).
        on.setOnContextMenuRequested(ev -> {
            menu.show(on, ev.getScreenX(), ev.getScreenY());
            ev.consume();
        });
    }

    /** The menu a right-click shows (null for {@link #of}). */
    public ContextMenu contextMenu() { return attached; }

    /** The four actions, each with an id so tests and the keyboard can find it. */
    public ContextMenu menu() {
        MenuItem png = item("chart-export-png", i18n.t("chartExport.png"), () -> save(Format.PNG));
        MenuItem svg = item("chart-export-svg", i18n.t("chartExport.svg"), () -> save(Format.SVG));
        MenuItem copy = item("chart-export-copy", i18n.t("chartExport.copy"), this::copyToClipboard);
        MenuItem print = item("chart-export-print", i18n.t("chartExport.print"), this::print);
        ContextMenu m = new ContextMenu(png, svg, copy, print);
        m.setOnShowing(e -> svg.setDisable(currentChart() == null));
        return m;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private JFreeChart currentChart() {
        if (chart != null) return chart;
        return node instanceof ChartViewer v ? v.getChart() : null;
    }

    /** Asks where, then writes; returns the file written, or null (cancelled or refused, the user was told). */
    public Path save(Format format) {
        if (format == Format.SVG && currentChart() == null) {
            feedback.refused(i18n.t("chartExport.svgNeedsChart"));
            return null;
        }
        Path to = target.choose(fileName(format), format);
        if (to == null) return null;
        try {
            write(format, to);
        } catch (IOException | RuntimeException e) {
            feedback.refused(i18n.t("chartExport.failed", to.toString(), reason(e)));
            return null;
        }
        feedback.done(i18n.t("chartExport.saved", to.toString()));
        return to;
    }

    /** Writes the chart to {@code to} in the format, atomically. */
    public void write(Format format, Path to) throws IOException {
        if (format == Format.PNG) {
            BufferedImage img = image();
            AtomicFiles.write(to, out -> {
                if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
            });
        } else {
            String svg = svg(currentChart(), width(), height());
            AtomicFiles.writeString(to, svg);
        }
    }

    /** The chart as an image: redrawn at {@link #PNG_SCALE}× for a JFreeChart, else a snapshot of the node. */
    BufferedImage image() {
        JFreeChart c = currentChart();
        if (c != null) {
            int w = width(), h = height();
            return c.createBufferedImage(w * PNG_SCALE, h * PNG_SCALE, w, h, null);
        }
        WritableImage shot = node.snapshot(null, null);
        return SwingFXUtils.fromFXImage(shot, null);
    }

    int width() { return node == null ? 800 : Math.max(200, (int) Math.round(node.getLayoutBounds().getWidth())); }

    int height() { return node == null ? 500 : Math.max(150, (int) Math.round(node.getLayoutBounds().getHeight())); }

    /** An SVG document of the chart drawn at {@code w}×{@code h}: vectors, its texts as text. */
    static String svg(JFreeChart c, int w, int h) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder", e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new java.awt.Dimension(w, h));
        c.draw(g, new Rectangle(0, 0, w, h));
        java.io.StringWriter out = new java.io.StringWriter();
        g.stream(out, true);
        g.dispose();
        return out.toString();
    }

    /** Puts the chart on the system clipboard as an image (pastes into Word, WPS, PowerPoint). */
    public void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(fxImage());
        Clipboard.getSystemClipboard().setContent(content);
        feedback.done(i18n.t("chartExport.copied"));
    }

    private Image fxImage() { return SwingFXUtils.toFXImage(image(), null); }

    /** Prints the chart on one page, scaled to fit; without a printer the user is told so. */
    public void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            feedback.refused(i18n.t("chartExport.noPrinter"));
            return;
        }
        Window owner = node == null || node.getScene() == null ? null : node.getScene().getWindow();
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        ImageView view = new ImageView(fxImage());
        view.setPreserveRatio(true);
        view.setFitWidth(page.getPrintableWidth());
        view.setFitHeight(page.getPrintableHeight());
        if (job.printPage(view)) {
            job.endJob();
            feedback.done(i18n.t("chartExport.printed"));
        } else {
            feedback.refused(i18n.t("chartExport.printFailed"));
        }
    }

    /** The file name offered: the chart's name without characters that file systems refuse. */
    String fileName(Format format) {
        String base = name == null || name.isBlank() ? "chart" : name.replaceAll("[\\\\/:*?\"<>|\\s（）()]+", "-");
        base = base.replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "chart" : base) + "." + format.extension;
    }

    private String reason(Exception e) {
        if (e instanceof AtomicFiles.DiskFullException) return i18n.t("chartExport.diskFull");
        if (e instanceof AccessDeniedException) return i18n.t("chartExport.readOnly");
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.startsWith("the folder ")) return i18n.t("chartExport.noFolder");
        return m;
    }

    private Path chooseWithDialog(String suggested, Format format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(i18n.t(format == Format.PNG ? "chartExport.png" : "chartExport.svg"));
        fc.setInitialFileName(suggested);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension));
        if (lastFolder != null && lastFolder.isDirectory()) fc.setInitialDirectory(lastFolder);
        Window owner = node == null || node.getScene() == null ? null : node.getScene().getWindow();
        File f = fc.showSaveDialog(owner);
        if (f == null) return null;
        lastFolder = f.getParentFile();
        String n = f.getName();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension)
                ? f.toPath() : f.toPath().resolveSibling(n + "." + format.extension);
    }

    private static Feedback alerts(Node owner) {
        return new Feedback() {
            @Override
            public void done(String message) {
                if (owner != null) statusOf(owner).accept(message);
            }

            @Override
            public void refused(String message) {
                Alert a = new Alert(Alert.AlertType.ERROR, message);
                a.setHeaderText(null);
                if (owner != null && owner.getScene() != null) a.initOwner(owner.getScene().getWindow());
                a.show();
            }
        };
    }

    /** Where "saved" goes: the status line of the nearest ancestor that registered one (ui.main does), else nowhere. */
    private static Consumer<String> statusOf(Node owner) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n.getProperties().get(STATUS_KEY) instanceof Consumer<?> c) {
                @SuppressWarnings("unchecked")
                Consumer<String> status = (Consumer<String>) c;
                return status;
            }
        }
        return m -> { };
    }
}

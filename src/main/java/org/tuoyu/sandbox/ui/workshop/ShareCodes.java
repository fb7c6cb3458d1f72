package org.tuoyu.sandbox.ui.workshop;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tuoyu.sandbox.scenario.ScenarioDocument;
import org.tuoyu.sandbox.scenario.ShareCode;
import org.tuoyu.sandbox.ui.i18n.I18n;
import org.tuoyu.sandbox.ui.scenarios.ScenarioSlot;
import org.tuoyu.sandbox.ui.scenarios.Workspace;

/**
 * 复制分享码 / 粘贴分享码: a scenario as a short code to paste into a chat, and a code from a chat opened as a reform
 * tab beside its baseline (the {@link ShareCode} codec, docs/workshop.md). A damaged, cut or foreign code is refused
 * with the codec's message; nothing in the workspace changes then.
 */
public final class ShareCodes {

    private final Workspace ws;

    public ShareCodes(Workspace ws) { this.ws = ws; }

    private I18n i() { return ws.i18n(); }

    /** The selected scenario's code. */
    public String code() throws ShareCode.ShareCodeException {
        ScenarioSlot s = ws.selected();
        if (s == null) throw new ShareCode.ShareCodeException(i().t("share.nothing"));
        return ShareCode.of(s.document());
    }

    /**
     * Opens the code's scenario as a new reform tab. It must be a scenario of the workspace's region: a reform of
     * another region's baseline would have nothing to be compared with here.
     */
    public ScenarioDocument paste(String code) throws ShareCode.ShareCodeException {
        ScenarioDocument d = ShareCode.open(code);
        ScenarioSlot base = ws.baseline();
        ScenarioDocument parent = d.parent() != null ? d.parent() : d;
        if (base == null || !base.document().region().region().id().equals(d.region().region().id())) {
            throw new ShareCode.ShareCodeException(i().t("share.otherRegion", i().pick(parent.name(), parent.nameEn()),
                    base == null ? "—" : i().pick(base.document().name(), base.document().nameEn())));
        }
        ws.addScenario(d);
        return d;
    }

    /** Copies the selected scenario's code to the clipboard and shows it (selectable), or says why there is none. */
    public void copyDialog(Window owner) {
        String code;
        try {
            code = code();
        } catch (ShareCode.ShareCodeException e) {
            refused(owner, i().t("share.copyRefused"), e.getMessage());
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(code);
        Clipboard.getSystemClipboard().setContent(c);
        TextArea text = area(code);
        text.setEditable(false);
        Dialog<ButtonType> d = dialog(owner, i().t("share.copied"), "share-copy-dialog");
        d.getDialogPane().setContent(new VBox(8, new Label(i().t("share.copiedHint")), text));
        d.getDialogPane().getButtonTypes().add(ButtonType.OK);
        d.show();
    }

    /** Asks for a code (the clipboard's, if it holds one) and opens it as a reform tab. */
    public void pasteDialog(Window owner) {
        Clipboard cb = Clipboard.getSystemClipboard();
        String held = cb.hasString() && cb.getString().strip().startsWith("TYSC") ? cb.getString().strip() : "";
        TextArea text = area(held);
        Dialog<ButtonType> d = dialog(owner, i().t("share.paste"), "share-paste-dialog");
        d.getDialogPane().setContent(new VBox(8, new Label(i().t("share.pasteHint")), text));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("share-paste-ok");
        d.setOnHidden(e -> {
            if (d.getResult() != ButtonType.OK) return;
            try {
                paste(text.getText());
            } catch (ShareCode.ShareCodeException ex) {
                refused(owner, i().t("share.pasteRefused"), ex.getMessage());
            }
        });
        d.show();
    }

    private static TextArea area(String s) {
        TextArea t = new TextArea(s);
        t.setId("share-code-text");
        t.setWrapText(true);
        t.setPrefRowCount(6);
        t.setPrefColumnCount(50);
        return t;
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String id) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setId(id);
        return d;
    }

    private void refused(Window owner, String header, String why) {
        Alert a = new Alert(Alert.AlertType.ERROR, why, ButtonType.OK);
        if (owner != null) a.initOwner(owner);
        a.setHeaderText(header);
        a.getDialogPane().setId("share-refused");
        a.show();
    }
}

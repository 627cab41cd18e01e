package org.parley.compare.cli;

import java.util.Locale;
import java.util.Map;
import org.parley.compare.Link;
import org.parley.compare.RedlineOp;

/** Renders a comparison as one standalone HTML page: old left, new right, redline between. */
final class HtmlRenderer {

    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#222}
            table{border-collapse:collapse;width:100%}
            td,th{border-top:1px solid #ddd;padding:.45rem .6rem;vertical-align:top;text-align:left}
            .kind{font-size:12px;text-transform:uppercase;letter-spacing:.04em;white-space:nowrap}
            .num{white-space:nowrap;font-variant-numeric:tabular-nums}
            del{background:#fde2e1;color:#8a1f17}
            ins{background:#dcf5e3;color:#135e2c;text-decoration:none}
            tr.dropped td.text{color:#8a1f17} tr.added td.text{color:#135e2c}
            .note{border-left:4px solid #b7791f;padding:.3rem .6rem;background:#fdf6e3}
            """;

    String render(Comparison comparison) {
        var html = new StringBuilder();
        String title = escape(comparison.from().title()) + " → " + escape(comparison.to().title());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>").append(title).append("</h1>\n<p>").append(escape(comparison.summary())).append("</p>\n");
        comparison.languageNote().ifPresent(note -> html.append("<p class=\"note\">").append(escape(note)).append("</p>\n"));
        html                .append("<table><thead><tr><th>change</th><th>old</th><th>new</th><th>score</th><th>text</th></tr></thead><tbody>\n");
        for (Link link : comparison.alignment().links()) {
            html.append("<tr class=\"").append(link.kind().wireName()).append("\">")
                    .append(cell("kind", link.kind().wireName()))
                    .append(cell("num", Comparison.numbers(link.from())))
                    .append(cell("num", Comparison.numbers(link.to())))
                    .append(cell("num", String.format(Locale.ROOT, "%.2f", link.score())))
                    .append("<td class=\"text\">");
            for (RedlineOp op : link.redline().stream().flatMap(run -> run.forDisplay().stream()).toList()) {
                html.append(switch (op.op()) {
                    case EQUAL -> escape(op.text());
                    case DELETE -> "<del>" + escape(op.text()) + "</del>";
                    case INSERT -> "<ins>" + escape(op.text()) + "</ins>";
                });
            }
            html.append("</td></tr>\n");
        }
        Map<String, String> dropped = Comparison.texts(comparison.from());
        Map<String, String> added = Comparison.texts(comparison.to());
        for (String number : comparison.alignment().dropped()) {
            html.append("<tr class=\"dropped\">").append(cell("kind", "dropped")).append(cell("num", number))
                    .append(cell("num", "")).append(cell("num", ""))
                    .append(cell("text", dropped.get(number))).append("</tr>\n");
        }
        for (String number : comparison.alignment().added()) {
            html.append("<tr class=\"added\">").append(cell("kind", "added")).append(cell("num", ""))
                    .append(cell("num", number)).append(cell("num", ""))
                    .append(cell("text", added.get(number))).append("</tr>\n");
        }
        return html.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static String cell(String cssClass, String text) {
        return "<td class=\"" + cssClass + "\">" + escape(text) + "</td>";
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

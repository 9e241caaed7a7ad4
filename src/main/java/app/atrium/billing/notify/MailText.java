package app.atrium.billing.notify;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** An email body as paragraphs and at most one button-like link: its plain text and its HTML. */
final class MailText {

  private final List<String> paragraphs = new ArrayList<>();
  private String linkLabel;
  private String linkUrl;

  MailText add(String paragraph) {
    if (paragraph != null && !paragraph.isBlank()) paragraphs.add(paragraph.strip());
    return this;
  }

  MailText link(String label, String url) {
    this.linkLabel = label;
    this.linkUrl = url;
    return this;
  }

  String text() {
    var out = new StringBuilder();
    for (String p : paragraphs) out.append(p).append("\n\n");
    if (linkUrl != null) out.append(linkLabel).append(": ").append(linkUrl).append("\n");
    return out.toString().strip() + "\n";
  }

  String html() {
    var out = new StringBuilder("<div style=\"font-family:sans-serif;line-height:1.5\">");
    for (String p : paragraphs) {
      out.append("<p>").append(HtmlUtils.htmlEscape(p).replace("\n", "<br>")).append("</p>");
    }
    if (linkUrl != null) {
      out.append("<p><a href=\"")
          .append(HtmlUtils.htmlEscape(linkUrl))
          .append("\" style=\"display:inline-block;padding:8px 16px;background:#2f6f5e;")
          .append("color:#fff;text-decoration:none;border-radius:4px\">")
          .append(HtmlUtils.htmlEscape(linkLabel))
          .append("</a></p>");
    }
    return out.append("</div>").toString();
  }
}

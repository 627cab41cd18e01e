package org.parley.interchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON draft format, keeping the line of every point for refusals. */
final class JsonDraftReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DETAIL = 160;

    private JsonDraftReader() {
    }

    static DraftParseResult read(String sourceName, String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            return readDraft(sourceName, parser);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            return new Malformed(sourceName, line, "valid JSON (" + shorten(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            return new Malformed(sourceName, 1, "readable JSON (" + shorten(e.getMessage()) + ")");
        }
    }

    private static DraftParseResult readDraft(String sourceName, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return new Malformed(sourceName, line(parser), "a JSON object {\"title\": ..., \"points\": [...]}");
        }
        String title = null;
        List<ParsedPoint> points = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("title")) {
                if (value != JsonToken.VALUE_STRING) {
                    return new Malformed(sourceName, line(parser), "\"title\" to be a string");
                }
                title = parser.getText();
            } else if (field.equals("points")) {
                if (value != JsonToken.START_ARRAY) {
                    return new Malformed(sourceName, line(parser), "\"points\" to be an array");
                }
                var read = readPoints(sourceName, parser);
                if (read instanceof Malformed malformed) {
                    return malformed;
                }
                points = ((ParsedDraft) read).points();
            } else {
                parser.skipChildren();
            }
        }
        int end = line(parser);
        if (parser.nextToken() != null) {
            return new Malformed(sourceName, line(parser), "nothing after the JSON object");
        }
        if (points == null) {
            return new Malformed(sourceName, end, "a \"points\" array with at least one point");
        }
        return new ParsedDraft(title == null ? "" : title, "", points);
    }

    private static DraftParseResult readPoints(String sourceName, JsonParser parser) throws IOException {
        var points = new ArrayList<ParsedPoint>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return new Malformed(sourceName, line, "a point object {\"number\": ..., \"text\": ...}");
            }
            JsonNode node = parser.readValueAsTree();
            JsonNode number = node.get("number");
            JsonNode text = node.get("text");
            JsonNode section = node.get("section");
            if (number == null || !(number.isTextual() || number.isIntegralNumber()) || number.asText().isBlank()) {
                return new Malformed(sourceName, line, "a point with a non-empty \"number\" string");
            }
            if (text == null || !text.isTextual()) {
                return new Malformed(sourceName, line, "a point with a \"text\" string");
            }
            if (section != null && !section.isTextual()) {
                return new Malformed(sourceName, line, "\"section\" to be a string when present");
            }
            String key = number.asText().strip();
            Integer earlier = firstLine.putIfAbsent(key, line);
            if (earlier != null) {
                return new Malformed(sourceName, line,
                        "a new point number, but \"" + key + "\" was used on line " + earlier);
            }
            points.add(new ParsedPoint(key, text.asText().strip(), section == null ? "" : section.asText(), line));
        }
        if (points.isEmpty()) {
            return new Malformed(sourceName, line(parser), "a \"points\" array with at least one point");
        }
        return new ParsedDraft("", "", points);
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static String shorten(String message) {
        String oneLine = message == null ? "unknown error" : message.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }
}

package com.stockrecon.api.push;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

import com.stockrecon.api.http.ApiRefusal;
import com.stockrecon.api.http.Refusal;

/**
 * Reads a push body token by token: {@code {"as_of": ..., "items": [{"sku": ..., "quantity": ...}]}}.
 * Wrong JSON or wrong types are 400 with where; the item past the limit is 413 and ends the reading.
 * Fields it does not know are skipped. Item values are kept as sent: their rules are the items' own.
 */
public final class PushBody {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private PushBody() {
    }

    /** {@code zone}: the job's, for a bare as_of date; {@code latest}: the latest as_of accepted. */
    public static PushRequest parse(byte[] body, int maxItems, ZoneId zone, Instant latest) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, "the body must be a JSON object");
            Instant asOf = null;
            List<PushItem> items = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "as_of" -> {
                        expect(value == JsonToken.VALUE_STRING, "as_of must be a string");
                        asOf = asOf(parser.getString(), zone);
                    }
                    case "items" -> {
                        expect(value == JsonToken.START_ARRAY, "items must be an array");
                        items = items(parser, maxItems);
                    }
                    default -> parser.skipChildren();
                }
            }
            expect(parser.nextToken() == null, "nothing may follow the JSON object");
            expect(asOf != null, "as_of is required");
            expect(items != null, "items is required");
            if (asOf.isAfter(latest)) {
                throw bad("as_of " + asOf + " is in the future");
            }
            return new PushRequest(asOf, items);
        } catch (JacksonException e) {
            throw bad("malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static List<PushItem> items(JsonParser parser, int maxItems) {
        List<PushItem> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (items.size() == maxItems) {
                throw new ApiRefusal(Refusal.TOO_LARGE, "A push holds at most " + maxItems + " items.");
            }
            String where = "items[" + items.size() + "]";
            expect(token == JsonToken.START_OBJECT, where + " must be an object");
            String sku = null;
            String quantity = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "sku" -> {
                        expect(value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL,
                                where + ".sku must be a string");
                        sku = value == JsonToken.VALUE_NULL ? null : parser.getString();
                    }
                    case "quantity" -> {
                        expect(value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT
                                || value == JsonToken.VALUE_NULL, where + ".quantity must be a number");
                        quantity = value == JsonToken.VALUE_NULL ? null : parser.getText();
                    }
                    default -> parser.skipChildren();
                }
            }
            items.add(new PushItem(sku, quantity));
        }
        return items;
    }

    /** The feed rule: an ISO-8601 date-time with offset, or a date (its midnight in the job's zone). */
    private static Instant asOf(String text, ZoneId zone) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text, DATE).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw bad("as_of must be an ISO-8601 date-time with offset or a date (yyyy-mm-dd)");
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw bad(what);
        }
    }

    private static ApiRefusal bad(String what) {
        return new ApiRefusal(Refusal.BAD_REQUEST, "The body is not a valid push: " + what + ".");
    }
}

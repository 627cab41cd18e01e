package org.parley.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.parley.access.Audience;
import org.parley.draft.DraftId;
import org.parley.draft.PointNumber;
import org.parley.meeting.MeetingId;
import org.parley.meeting.StatementId;
import org.parley.negotiation.NegotiationId;
import org.parley.negotiation.PartyId;
import org.parley.negotiation.PersonId;
import org.parley.negotiation.TopicId;
import org.parley.position.PositionId;

/**
 * The one JSON mapping of Parley's records, shared by the API, bundles and the ledger: ids and point
 * numbers as plain strings, enums in lower case with hyphens ({@code accept-with-reservations}),
 * audiences as {@code {"public": true, "parties": ["us"]}}, times in ISO 8601.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("parley");
        stringValue(module, NegotiationId.class, NegotiationId::value, NegotiationId::of);
        stringValue(module, PartyId.class, PartyId::value, PartyId::of);
        stringValue(module, PersonId.class, PersonId::value, PersonId::of);
        stringValue(module, TopicId.class, TopicId::value, TopicId::of);
        stringValue(module, DraftId.class, DraftId::value, DraftId::of);
        stringValue(module, PositionId.class, PositionId::value, PositionId::of);
        stringValue(module, MeetingId.class, MeetingId::value, MeetingId::of);
        stringValue(module, StatementId.class, StatementId::value, StatementId::of);
        stringValue(module, PointNumber.class, PointNumber::value, PointNumber::of);
        module.addSerializer(Audience.class, new AudienceSerializer());
        module.addDeserializer(Audience.class, new AudienceDeserializer());
        module.setSerializerModifier(new LowerCaseEnums.Serializers());
        module.setDeserializerModifier(new LowerCaseEnums.Deserializers());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(20_000_000)
                .build());
        return mapper;
    }

    private static <T> void stringValue(SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING && parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    return context.reportInputMismatch(type, "expected a string for %s", type.getSimpleName());
                }
                try {
                    return read.apply(parser.getValueAsString());
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        });
    }

    private static final class AudienceSerializer extends JsonSerializer<Audience> {
        @Override
        public void serialize(Audience audience, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeBooleanField("public", audience.isPublic());
            gen.writeArrayFieldStart("parties");
            for (PartyId party : audience.parties().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList()) {
                gen.writeString(party.value());
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    private static final class AudienceDeserializer extends JsonDeserializer<Audience> {
        @Override
        public Audience deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            try {
                if (node.isTextual()) {
                    return Audience.parse(node.asText());
                }
                Set<PartyId> parties = new HashSet<>();
                node.path("parties").forEach(p -> parties.add(PartyId.of(p.asText())));
                return new Audience(parties, node.path("public").asBoolean(false));
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(Audience.class, "%s", e.getMessage());
            }
        }
    }

    /** The wire name of an enum constant: {@code ACCEPT_WITH_RESERVATIONS} becomes {@code accept-with-reservations}. */
    public static String wireName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

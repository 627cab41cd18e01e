package org.parley.interchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes Parley's enums as lower-case hyphenated words and reads them back forgivingly. */
final class LowerCaseEnums {
    private LowerCaseEnums() {}

    static boolean ours(Class<?> type) {
        return type.getName().startsWith("org.parley.");
    }

    static final class Serializers extends BeanSerializerModifier {
        @Override
        public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType type, BeanDescription desc,
                JsonSerializer<?> serializer) {
            if (!ours(type.getRawClass())) {
                return serializer;
            }
            return new JsonSerializer<Enum<?>>() {
                @Override
                public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    gen.writeString(Json.wireName(value));
                }
            };
        }
    }

    static final class Deserializers extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription desc,
                JsonDeserializer<?> deserializer) {
            Class<?> raw = type.getRawClass();
            if (!ours(raw)) {
                return deserializer;
            }
            Enum<?>[] constants = (Enum<?>[]) raw.getEnumConstants();
            return new JsonDeserializer<Enum<?>>() {
                @Override
                public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    String wanted = parser.getValueAsString("").strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
                    for (Enum<?> constant : constants) {
                        if (constant.name().equals(wanted)) {
                            return constant;
                        }
                    }
                    String allowed = Arrays.stream(constants).map(Json::wireName).collect(Collectors.joining(", "));
                    return (Enum<?>) context.reportInputMismatch(raw, "'%s' is not one of: %s", parser.getValueAsString(), allowed);
                }
            };
        }
    }
}

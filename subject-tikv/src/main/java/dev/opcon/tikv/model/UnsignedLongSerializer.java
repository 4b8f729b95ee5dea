package dev.opcon.tikv.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a long that holds an unsigned 64-bit id as the unsigned JSON number it is. */
public final class UnsignedLongSerializer extends StdSerializer<Long> {

    public UnsignedLongSerializer() {
        super(Long.class);
    }

    @Override
    public void serialize(Long value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(Long.toUnsignedString(value));
    }
}

package com.stockrecon.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a fetched body is text in the supplier's encoding: its first 64 KiB decode without error
 * and hold no control characters other than tab, line feed, carriage return and form feed. An image,
 * an archive or a compressed body fails here, before it is put where the feeds step would read it.
 */
final class TextSample {

    static final int SAMPLE_BYTES = 64 * 1024;

    private TextSample() {
    }

    /** Null when the file is text, else why it is not. */
    static String problem(Path file, Charset encoding) throws IOException {
        byte[] sample;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            whole = in.read() < 0;
        }
        if (sample.length == 0) {
            return "the body is empty";
        }
        CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(sample.length + 16);
        CoderResult coded = decoder.decode(ByteBuffer.wrap(sample), chars, whole);
        if (coded.isError()) {
            return "the body is not text in " + encoding.name() + " (a byte sequence that is no character)";
        }
        if (whole) {
            try {
                coded = decoder.flush(chars);
                if (coded.isError()) {
                    coded.throwException();
                }
            } catch (CharacterCodingException e) {
                return "the body is not text in " + encoding.name() + " (it ends inside a character)";
            }
        }
        chars.flip();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return "the body is not text (control character 0x" + Integer.toHexString(c)
                        + " in its first " + sample.length + " bytes)";
            }
        }
        return null;
    }
}

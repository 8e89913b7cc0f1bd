package news.credibility.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for the service and the command line: malformed input is REPORTED with its
 * byte offset instead of being replaced by U+FFFD, which would silently shift what the user sent.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The text, or a {@link MalformedUtf8Exception} naming the first bad byte. */
    public static String decode(byte[] bytes) throws MalformedUtf8Exception {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8Exception(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedUtf8Exception(in.position());
        }
        return out.flip().toString();
    }

    /**
     * The offset of the first byte that is not valid UTF-8, or -1 when all are. Validates only:
     * decodes through a small reused buffer and builds no string, so checking a 5 MB body costs no
     * copy of it.
     */
    public static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        while ((result = decoder.decode(in, out, true)).isOverflow()) {
            out.clear();
        }
        if (result.isError()) {
            return in.position();
        }
        while ((result = decoder.flush(out)).isOverflow()) {
            out.clear();
        }
        return result.isError() ? in.position() : -1;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Input that is not UTF-8; {@code byteOffset} is where the first malformed sequence starts. */
    public static final class MalformedUtf8Exception extends CharacterCodingException {

        private final int byteOffset;

        public MalformedUtf8Exception(int byteOffset) {
            this.byteOffset = byteOffset;
        }

        public int byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8: malformed byte sequence at byte offset " + byteOffset;
        }
    }
}

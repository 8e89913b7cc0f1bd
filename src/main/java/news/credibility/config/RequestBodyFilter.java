package news.credibility.config;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import news.credibility.text.Utf8;

/**
 * Guards every request body of the API before it is parsed: refuses a body over
 * {@code credibility.max-text-bytes} (413) without reading more than the limit, a declared charset
 * other than UTF-8 (415), and bytes that are not valid UTF-8 (400, naming the byte offset). Runs
 * after Spring Security's filters (default order), so an anonymous caller learns nothing but 401.
 */
@Component
public class RequestBodyFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestBodyFilter(CredibilityProperties properties) {
        this.maxBytes = properties.maxTextBytes().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            tooLarge(request, response);
            return;
        }
        String charset = declaredCharset(request);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("US-ASCII")) {
            ProblemWriter.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The body declares charset=%s; send it as UTF-8 (charset=UTF-8).".formatted(charset));
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            tooLarge(request, response);
            return;
        }
        int malformedAt = Utf8.firstMalformedByte(body);
        if (malformedAt >= 0) {
            ProblemWriter.write(request, response, HttpStatus.BAD_REQUEST,
                    "The body is not valid UTF-8: malformed byte sequence at byte offset %d. Send the text encoded as UTF-8."
                            .formatted(malformedAt));
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private static String declaredCharset(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(request.getContentType()).getParameter("charset");
        } catch (InvalidMediaTypeException e) {
            return null; // Spring MVC answers an unparsable Content-Type with 415 itself
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemWriter.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than the limit of %d bytes (credibility.max-text-bytes); split the text or raise the limit."
                        .formatted(maxBytes), java.util.Map.of("limitBytes", maxBytes));
    }

    /** The request with its body already read, so that it can be parsed after the checks. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

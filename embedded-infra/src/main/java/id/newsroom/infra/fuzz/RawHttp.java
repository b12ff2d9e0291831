package id.newsroom.infra.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request: Java's HttpClient refuses to send what these tests must
 * send (bad percent-encoding, control characters, overlong lines, wrong lengths).
 */
public final class RawHttp {

    public record Response(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private RawHttp() {}

    public static Response send(int port, FuzzRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((request.method() + " ").getBytes(StandardCharsets.ISO_8859_1));
            head.write(request.target().getBytes(StandardCharsets.UTF_8));
            head.write((" HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, String> h : request.headers().entrySet()) {
                head.write((h.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
                head.write(h.getValue().getBytes(StandardCharsets.UTF_8));
                head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            if (request.body() != null) {
                head.write(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write(head.toByteArray());
            if (request.body() != null) {
                try {
                    out.write(request.body());
                } catch (IOException e) {
                    // The server may answer (413) and close before it read the whole body: read that answer.
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int headerEnd = -1;
        while (headerEnd < 0) {
            int n = in.read(buf);
            if (n < 0) {
                throw new IOException("Connection closed before a complete response head: "
                        + all.toString(StandardCharsets.ISO_8859_1));
            }
            all.write(buf, 0, n);
            headerEnd = all.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        }
        String raw = all.toString(StandardCharsets.ISO_8859_1);
        String[] lines = raw.substring(0, headerEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(all.toByteArray(), headerEnd + 4, all.size() - headerEnd - 4);
        if (headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
            return new Response(status, headers, ""); // a live stream never ends: its head is the answer
        }
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                body.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("No end of the response within 30 s (status " + status + ")", e);
        }
        String bytes = body.toString(StandardCharsets.ISO_8859_1); // one char per byte: chunk sizes count bytes
        String dechunked = headers.getOrDefault("transfer-encoding", "").contains("chunked") ? dechunk(bytes) : bytes;
        return new Response(status, headers, new String(dechunked.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
    }

    /** The body of a chunked response, bytes as ISO-8859-1 characters. */
    private static String dechunk(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf("\r\n", i);
            if (lineEnd < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(text.substring(i, lineEnd).split(";")[0].trim(), 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int end = Math.min(text.length(), lineEnd + 2 + size);
            out.append(text, lineEnd + 2, end);
            i = end + 2;
        }
        return out.toString();
    }
}

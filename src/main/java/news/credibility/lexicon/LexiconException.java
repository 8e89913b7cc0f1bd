package news.credibility.lexicon;

import java.nio.file.Path;

/** A lexicon file that cannot be used, with the file and line at fault (line 0: the whole file). */
public class LexiconException extends java.io.IOException {

    private final Path file;
    private final int line;

    public LexiconException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}

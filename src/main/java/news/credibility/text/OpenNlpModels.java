package news.credibility.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP 1.3.0 models (UD English-EWT), loaded once from the classpath by their
 * {@code .bin} names. Models are immutable and thread-safe; the ME classes that use them are not.
 */
public final class OpenNlpModels {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;

    private OpenNlpModels() {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            sentenceModel = new SentenceModel(s);
            tokenizerModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static final class Holder {
        static final OpenNlpModels INSTANCE = new OpenNlpModels();
    }

    /** The shared models, loaded on first use (about a second). */
    public static OpenNlpModels get() {
        return Holder.INSTANCE;
    }

    private static InputStream open(String name) {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name
                    + " is not on the classpath: the opennlp-models-*-en 1.3.0 jars are missing");
        }
        return in;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }
}

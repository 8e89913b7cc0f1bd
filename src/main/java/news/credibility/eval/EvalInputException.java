package news.credibility.eval;

/** Input the scorer cannot read (a folder not in PolNeAR layout, a malformed .ann line); the message says where and what to do. */
public final class EvalInputException extends RuntimeException {

    public EvalInputException(String message) {
        super(message);
    }
}

package news.credibility;

public class Application {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}

package org.mandateworkbench.index.tests.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.mandateworkbench.index.analysis.ChineseTextAnalyzer;

class NumberAdjacentUnigramFilterTest {

    private final ChineseTextAnalyzer analyzer = new ChineseTextAnalyzer();

    @Test
    void addsTheCharacterThatTouchesANumberAtTheBigramsPosition() {
        assertEquals(List.of("9 <NUM> +1 0-1", "日向 <DOUBLE> +1 1-3", "日 <SINGLE> +0 1-2", "向委 <DOUBLE> +1 2-4"),
                AnalyzedTokens.describe(analyzer, "9日向委"));
        assertEquals(List.of("截至 <DOUBLE> +1 0-2", "至 <SINGLE> +0 1-2", "2018 <NUM> +1 2-6", "年 <SINGLE> +1 6-7"),
                AnalyzedTokens.describe(analyzer, "截至2018年"));
        assertEquals(List.of("5 <NUM> +1 0-1", "个国 <DOUBLE> +1 1-3", "个 <SINGLE> +0 1-2", "国家 <DOUBLE> +1 2-4",
                "家 <SINGLE> +0 3-4", "7 <NUM> +1 4-5"), AnalyzedTokens.describe(analyzer, "5个国家7"));
    }

    @Test
    void leavesBigramsAwayFromNumbersAlone() {
        assertEquals(List.of("双重", "重犯", "犯罪"), AnalyzedTokens.terms(analyzer, "双重犯罪"));
        // More than two characters between the number and the characters: not next to it.
        assertEquals(List.of("2019", "年度", "度报", "报告"), AnalyzedTokens.terms(analyzer, "2019 　 年度报告"));
        assertEquals(List.of("2019", "年度", "年", "度报", "报告"), AnalyzedTokens.terms(analyzer, "2019 年度报告"));
        assertEquals(List.of("excel", "表格"), AnalyzedTokens.terms(analyzer, "Excel表格"));
    }

    @Test
    void aDateTypedInAQueryFindsItInASentence() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                Document doc = new Document();
                doc.add(new TextField("text", "秘书处于2018年2月9日向各缔约国发出普通照会。", Field.Store.NO));
                writer.addDocument(doc);
                Document spaced = new Document();
                spaced.add(new TextField("text", "各缔约国对 2018 年 2 月 9 日普通照会作了答复。", Field.Store.NO));
                writer.addDocument(spaced);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(ChineseTextAnalyzer.forQueries());
                Map<String, Integer> expected = Map.of("2018年2月9日", 2, "9日", 2, "于2018年", 1, "2018年2月9日向", 1,
                        "2018 年 2 月 9 日普通照会", 1);
                expected.forEach((typed, count) -> {
                    Query phrase = builder.createPhraseQuery("text", typed);
                    try {
                        assertEquals(count, searcher.count(phrase), typed + " as " + phrase);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                assertEquals(0, searcher.count(builder.createPhraseQuery("text", "2018年2月8日")));
            }
        }
    }

    @Test
    void keepsEveryTokenOfTheBigramsInOrderOnRandomText() {
        String[] pieces = { "资产", "追回", "日", "年", "2018", "9", " ", "，", "a", "𠀀", "报告" };
        Random random = new Random(20261126L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(10); piece >= 0; piece--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> tokens = AnalyzedTokens.describe(analyzer, text.toString());
            List<String> withoutAdded = tokens.stream().filter(token -> !token.contains(" +0 ")).toList();
            for (String token : tokens) {
                if (token.contains(" +0 ")) {
                    assertTrue(token.contains(" <SINGLE> "), token);
                }
            }
            // Taking the added characters away leaves the bigram filter's own output, in order.
            assertEquals(bigramsOnly(text.toString()), withoutAdded, text.toString());
        }
    }

    private static List<String> bigramsOnly(String text) {
        try (org.apache.lucene.analysis.Analyzer plain = new org.apache.lucene.analysis.Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                org.apache.lucene.analysis.standard.StandardTokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
                org.apache.lucene.analysis.TokenStream result = new org.apache.lucene.analysis.cjk.CJKWidthFilter(source);
                result = new org.apache.lucene.analysis.LowerCaseFilter(result);
                return new TokenStreamComponents(source, new org.apache.lucene.analysis.cjk.CJKBigramFilter(result));
            }
        }) {
            return AnalyzedTokens.describe(plain, text);
        }
    }
}

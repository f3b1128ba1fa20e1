package org.mandateworkbench.index.tests.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small seed documents written for these tests (an English note that prints its symbol and a
 * Chinese one that prints none) and a judgments file over them.
 */
public final class SeedFixtures {

    /** The English note's own symbol. */
    public static final String ENGLISH_SYMBOL = "CAC/COSP/EG.1/2021/2";
    /** The symbol the judgments give the Chinese note, which prints none. */
    public static final String CHINESE_SYMBOL = "CAC/COSP/WG.2/2021/2";

    static final String ENGLISH = """
            CAC/COSP/EG.1/2021/2

            Distr.: General
            3 March 2021

            Original: English

            Open-ended intergovernmental expert meeting on international cooperation
            Vienna, 10 and 11 June 2021

            Progress in carrying out the mandates

            Note by the Secretariat

            I. Introduction

            1. Finland reported that its central authority keeps every incoming request in a tracking database called ZEPHYRTRACK.

            2. Chile explained that an absence of dual criminality no longer stops assistance with non-coercive measures.

            3. The secretariat keeps updating the online directory of competent national authorities.
            """;

    static final String CHINESE = """
            联合国反腐败公约 缔约国会议

            Distr.: General
            4 March 2021
            Chinese
            Original: English

            资产追回问题不限成员名额政府间工作组
            2021年6月12日，维也纳

            秘书处的说明

            一. 引言

            1. 芬兰介绍了本国登记和跟踪资产追回请求所用的电子系统。

            2. 智利表示，对于非强制性措施，双重犯罪已不再是提供协助的障碍。
            """;

    public static final String JUDGMENTS = """
            # judged by reading the two fixture notes
            floor\tP@5\t0.85
            floor\tMRR\t0.90
            seed\tnote-en.txt
            seed\tnote-zh.txt\tCAC/COSP/WG.2/2021/2
            query\tZEPHYRTRACK\tCAC/COSP/EG.1/2021/2@en\u00b61
            query\t双重犯罪 智利\tCAC/COSP/WG.2/2021/2@zh\u00b62
            query\tstate:Finland\tCAC/COSP/EG.1/2021/2@en\u00b61 CAC/COSP/WG.2/2021/2@zh\u00b61
            query\tsymbol:cac/cosp/wg.2/2021/2\tCAC/COSP/WG.2/2021/2@zh*
            """;

    private SeedFixtures() {
    }

    /** Writes the two notes into a folder. */
    public static void writeSeeds(Path folder) throws IOException {
        Files.writeString(folder.resolve("note-en.txt"), ENGLISH, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("note-zh.txt"), CHINESE, StandardCharsets.UTF_8);
    }

    /** Writes a judgments file and returns its path. */
    public static Path writeJudgments(Path folder, String text) throws IOException {
        Path file = folder.resolve("judgments.tsv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

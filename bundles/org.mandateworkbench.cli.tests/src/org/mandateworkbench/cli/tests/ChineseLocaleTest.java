package org.mandateworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.mandateworkbench.cli.ExitCodes;

/**
 * Runs only in the second test run, whose runtime is started with -nl zh (see pom.xml): the
 * messages of mwb and the texts contributed through plugin_zh.properties are Chinese.
 */
class ChineseLocaleTest {

	@Test
	void runtimeWasStartedWithChineseLocale() {
		assertEquals("zh", Locale.getDefault().getLanguage()); //$NON-NLS-1$
	}

	@Test
	void helpIsChineseIncludingContributedSummaries() {
		CliHarness.Result result = CliHarness.run("--help"); //$NON-NLS-1$
		assertEquals(ExitCodes.OK, result.exitCode());
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).startsWith("\u7528\u6cd5\uff1amwb"), result.out()); // 用法：mwb //$NON-NLS-1$
		assertTrue(lines.contains("\u547d\u4ee4\uff1a"), result.out()); // 命令： //$NON-NLS-1$
		// echo: 原样输出给定的词（测试用）
		assertTrue(lines.contains("  echo      \u539f\u6837\u8f93\u51fa\u7ed9\u5b9a\u7684\u8bcd\uff08\u6d4b\u8bd5\u7528\uff09"), //$NON-NLS-1$
				result.out());
	}

	@Test
	void unknownCommandMessageIsChinese() {
		CliHarness.Result result = CliHarness.run("ehco"); //$NON-NLS-1$
		assertEquals(ExitCodes.USER_ERROR, result.exitCode());
		// mwb：未知命令“ehco”。您是指“echo”吗？
		assertEquals("mwb\uff1a\u672a\u77e5\u547d\u4ee4\u201cehco\u201d\u3002\u60a8\u662f\u6307\u201cecho\u201d\u5417\uff1f", //$NON-NLS-1$
				result.err().lines().findFirst().orElse("")); //$NON-NLS-1$
	}

	@Test
	void versionShowsTheChineseProductName() {
		// 任务授权工作台
		assertTrue(CliHarness.run("--version").out().startsWith("\u4efb\u52a1\u6388\u6743\u5de5\u4f5c\u53f0 0.1.0."), //$NON-NLS-1$ //$NON-NLS-2$
				CliHarness.run("--version").out()); //$NON-NLS-1$
	}

	@Test
	void usageOfAContributedCommandIsChinese() {
		CliHarness.Result result = CliHarness.run("help", "explode"); //$NON-NLS-1$ //$NON-NLS-2$
		// 总是抛出 IllegalStateException。
		assertTrue(result.out().contains("\u603b\u662f\u629b\u51fa IllegalStateException\u3002"), result.out()); //$NON-NLS-1$
	}
}

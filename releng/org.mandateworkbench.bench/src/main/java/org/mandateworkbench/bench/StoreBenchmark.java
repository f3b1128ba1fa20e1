package org.mandateworkbench.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.MandateStatus;
import org.mandateworkbench.model.MandateWorkspace;
import org.mandateworkbench.model.MandatesPackage;
import org.mandateworkbench.model.Meeting;
import org.mandateworkbench.store.AtomicFileWriter;
import org.mandateworkbench.store.ModelStore;
import org.mandateworkbench.store.SaveResult;
import org.mandateworkbench.store.Workspace;
import org.mandateworkbench.store.Workspaces;

/**
 * P3 benchmark of the workspace store. For each size it generates a workspace, saves it, and in a fresh
 * JVM measures: opening the split model; saving a one-object change (a mandate's status, then a
 * meeting's end date); saving the same change as one single-file XMI of the whole model, the
 * baseline; and the peak heap while opening. Prints one table; not a test, nothing is asserted.
 * <p>
 * Usage: {@code StoreBenchmark [OBJECTS...]} (default 10000 50000 200000); {@code StoreBenchmark
 * --measure OBJECTS} measures one size and prints one table row (used by the former in a child JVM).
 */
public final class StoreBenchmark {

	private static final long SEED = 2018_06_08L;
	private static final int OPEN_RUNS = 3;
	private static final int SAVE_RUNS = 7;
	private static final String ROW = "%9s %8s %7s %9s %9s %9s %9s %10s %7s %8s %9s%n";

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("--measure")) {
			measure(Integer.parseInt(args[1]));
			return;
		}
		List<Integer> sizes = args.length == 0 ? List.of(10_000, 50_000, 200_000)
				: Arrays.stream(args).map(Integer::valueOf).toList();
		System.out.printf(ROW, "objects", "files", "MB", "open ms", "open 1st", "save ms", "save mtg", "single ms",
				"ratio", "peak MB", "retain MB");
		for (int size : sizes) {
			runChild(size);
		}
		System.out.println("open/save: medians of " + OPEN_RUNS + "/" + SAVE_RUNS + " runs in one JVM after the first;"
				+ " open 1st = first open in a fresh JVM; save ms = one mandate's status; save mtg = one meeting's end"
				+ " date; single ms = the mandate change saved as one XMI file of the whole model; ratio = single/save.");
		System.out.println("Targets P3: open of 200k objects <= 2000 ms; save of a one-object change <= 100 ms;"
				+ " ratio >= 10.");
	}

	private static void runChild(int size) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
				StoreBenchmark.class.getName(), "--measure", Integer.toString(size)));
		Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			output.lines().forEach(System.out::println);
		}
		if (child.waitFor() != 0) {
			System.out.println("measuring " + size + " objects failed with exit code " + child.exitValue());
		}
	}

	private static void measure(int size) throws Exception {
		Path folder = Files.createTempDirectory("mwb-bench-");
		try {
			int objects = create(folder, size);
			long firstOpen = timeOpen(folder);
			long[] opens = new long[OPEN_RUNS];
			for (int i = 0; i < OPEN_RUNS; i++) {
				opens[i] = timeOpen(folder);
			}
			long peak = peakHeapWhileOpening(folder);
			try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "bench")) {
				long retained = usedHeapAfterGc();
				Random random = new Random(SEED);
				long[] saves = new long[SAVE_RUNS];
				long[] meetingSaves = new long[SAVE_RUNS];
				long[] singles = new long[SAVE_RUNS];
				List<Meeting> meetings = store.root().getBodies().stream().flatMap(b -> b.getMeetings().stream()).toList();
				for (int i = 0; i < SAVE_RUNS; i++) {
					Mandate mandate = store.root().getMandates().get(random.nextInt(store.root().getMandates().size()));
					saves[i] = timeChangeAndSave(store, mandate, MandatesPackage.Literals.MANDATE__STATUS,
							mandate.getStatus() == MandateStatus.COMPLETED ? MandateStatus.IN_PROGRESS
									: MandateStatus.COMPLETED);
					singles[i] = timeSingleFileSave(store, folder.resolve("single-file.xmi"));
					Meeting meeting = meetings.get(random.nextInt(meetings.size()));
					meetingSaves[i] = timeChangeAndSave(store, meeting, MandatesPackage.Literals.MEETING__END_DATE,
							meeting.getStartDate().plusDays(1 + i));
				}
				long openMedian = median(opens);
				long saveMedian = median(saves);
				long singleMedian = median(singles);
				System.out.printf(ROW, objects, modelFileCount(folder), String.format("%.1f", modelBytes(folder) / 1e6),
						openMedian, firstOpen, saveMedian, median(meetingSaves), singleMedian,
						String.format("%.1f", singleMedian / (double) Math.max(1, saveMedian)), peak / 1_000_000,
						retained / 1_000_000);
			}
		} finally {
			deleteTree(folder);
		}
	}

	private static int create(Path folder, int size) throws IOException {
		MandateWorkspace generated = WorkspaceGenerator.generate(size, SEED);
		int objects = WorkspaceGenerator.countObjects(generated);
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "bench")) {
			var domain = store.editingDomain();
			var command = new org.eclipse.emf.common.command.CompoundCommand("Generate");
			command.append(SetCommand.create(domain, store.root(), MandatesPackage.Literals.MANDATE_WORKSPACE__NAME,
					generated.getName()));
			for (var list : MandatesPackage.Literals.MANDATE_WORKSPACE.getEAllContainments()) {
				command.append(AddCommand.create(domain, store.root(), list, new ArrayList<>((List<?>) generated.eGet(list))));
			}
			store.execute(command);
			store.save();
		}
		return objects;
	}

	private static long timeOpen(Path folder) throws IOException {
		long start = System.nanoTime();
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "bench")) {
			long elapsed = System.nanoTime() - start;
			if (!store.openingNotes().isEmpty()) {
				throw new IllegalStateException("unexpected notes: " + store.openingNotes());
			}
			return elapsed / 1_000_000;
		}
	}

	private static long peakHeapWhileOpening(Path folder) throws IOException {
		usedHeapAfterGc();
		List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
		try (Workspace workspace = Workspaces.open(folder); ModelStore store = ModelStore.open(workspace, "bench")) {
			return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		}
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long timeChangeAndSave(ModelStore store, Object owner, Object feature, Object value)
			throws IOException {
		store.execute(SetCommand.create(store.editingDomain(), owner, feature, value));
		long start = System.nanoTime();
		SaveResult result = store.save();
		long elapsed = System.nanoTime() - start;
		if (result.writtenFiles().size() != 1) {
			throw new IllegalStateException("a one-object change wrote " + result.writtenFiles());
		}
		return elapsed / 1_000_000;
	}

	// The baseline: what saving the same state costs when the model is one XMI file.
	private static long timeSingleFileSave(ModelStore store, Path file) throws IOException {
		long start = System.nanoTime();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
		store.resource().save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		AtomicFileWriter.write(file, bytes.toByteArray());
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long modelFileCount(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve(Workspace.MODEL_FOLDER))) {
			return files.filter(file -> file.toString().endsWith(".xmi")).count();
		}
	}

	private static long modelBytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder.resolve(Workspace.MODEL_FOLDER))) {
			return files.filter(file -> file.toString().endsWith(".xmi")).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(path);
			}
		}
	}
}

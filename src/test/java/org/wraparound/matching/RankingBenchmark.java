package org.wraparound.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Ranking one request among volunteers spread over a 100 km × 100 km region (radii 2–25 km, a third of part-days
 * free, one or two of three languages): the grid against the plain scan. Run by hand, never by the test suite (see
 * docs/performance.md, "Matching benchmark"); {@link #main} first prints the grid's build time and memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms4g", "-Xmx4g" })
public class RankingBenchmark {

	static final double REGION_KM = 100;

	static final int REQUESTS = 1024;

	@Param({ "100000", "1000000" })
	public int volunteers;

	private CandidateGrid grid;

	private FullScan scan;

	private final List<MatchRequest> requests = new ArrayList<>();

	private int next;

	@Setup
	public void build() {
		SeededCommunity community = new SeededCommunity(6, REGION_KM);
		List<Candidate> candidates = community.volunteers(volunteers, false);
		grid = new CandidateGrid(candidates);
		scan = new FullScan(candidates);
		requests.addAll(daytimeRequests(community, candidates));
	}

	@Benchmark
	public List<Ranked> grid() {
		return grid.rank(nextRequest(), 10);
	}

	@Benchmark
	public List<Ranked> scan() {
		return scan.rank(nextRequest(), 10);
	}

	private MatchRequest nextRequest() {
		next = (next + 1) % requests.size();
		return requests.get(next);
	}

	/** Requests that fall within part-days: at night nobody is free, and ranking would be trivially fast. */
	static List<MatchRequest> daytimeRequests(SeededCommunity community, List<Candidate> candidates) {
		List<MatchRequest> requests = new ArrayList<>();
		while (requests.size() < REQUESTS) {
			MatchRequest request = community.request(candidates);
			if (RequestFacts.of(request).withinPartDays()) {
				requests.add(request);
			}
		}
		return requests;
	}

	public static void main(String[] args) throws RunnerException {
		for (int size : new int[] { 100_000, 1_000_000 }) {
			footprint(size);
		}
		new Runner(new OptionsBuilder().include(RankingBenchmark.class.getName()).build()).run();
	}

	/** Prints the median of five builds of the grid and the heap it holds beyond the candidates themselves. */
	static void footprint(int size) {
		SeededCommunity community = new SeededCommunity(6, REGION_KM);
		List<Candidate> candidates = community.volunteers(size, false);
		long[] millis = new long[5];
		CandidateGrid kept = null;
		long before = 0;
		for (int i = 0; i < millis.length; i++) {
			kept = null;
			before = usedHeap();
			long start = System.nanoTime();
			kept = new CandidateGrid(candidates);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		long after = usedHeap();
		java.util.Arrays.sort(millis);
		int eligibleTotal = 0;
		List<MatchRequest> requests = daytimeRequests(community, candidates);
		for (MatchRequest request : requests.subList(0, 100)) {
			eligibleTotal += kept.rank(request, Integer.MAX_VALUE).size();
		}
		System.out.printf("%,d volunteers: CPU time per ranking, grid %s, scan %s%n", size,
				cpuMillis(kept, requests, 3000, 500), cpuMillis(new FullScan(candidates), requests, 20, 40));
		System.out.printf("%,d volunteers: grid built in %d ms (median of 5, %d–%d), holds %,d MB of heap "
				+ "(%,d MB by its own count); %,d eligible per request on average%n", kept.size(), millis[2],
				millis[0], millis[4], (after - before) / 1_000_000, kept.footprintBytes() / 1_000_000,
				eligibleTotal / 100);
	}

	/**
	 * Median and 90th percentile of the CPU time of this thread per ranking, after {@code warmUp} rankings: on a
	 * machine shared with other builds, time spent waiting for a core is left out.
	 */
	static String cpuMillis(Ranker ranker, List<MatchRequest> requests, int warmUp, int measured) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < warmUp; i++) {
			ranker.rank(requests.get(i % requests.size()), 10);
		}
		double[] millis = new double[measured];
		for (int i = 0; i < measured; i++) {
			long start = threads.getCurrentThreadCpuTime();
			ranker.rank(requests.get((warmUp + i) % requests.size()), 10);
			millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
		}
		java.util.Arrays.sort(millis);
		return String.format("median %.3f ms, p90 %.3f ms", millis[measured / 2], millis[measured * 9 / 10]);
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}

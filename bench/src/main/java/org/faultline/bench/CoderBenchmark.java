package org.faultline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.faultline.core.coder.CoderOptions;
import org.faultline.core.coder.CodingResult;
import org.faultline.core.coder.PatternCoder;
import org.faultline.core.dict.LoadMode;
import org.faultline.core.validate.ValidationFile;
import org.faultline.core.validate.ValidationFileReader;
import org.faultline.core.validate.ValidationRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of the coder: one operation codes every sentence of the PETRARCH unit-test file
 * from its parse string (279 sentences). Throughput in operations per second times 279 gives
 * sentences per second. The file comes from the system property {@code faultline.records} (default
 * {@code ../shared/petrarch-unit-tests/PETR.UnitTest.records.xml}).
 *
 * <p>Run: {@code java -cp bench/target/faultline-bench.jar:$(cat bench/target/classpath.txt)
 * org.openjdk.jmh.Main CoderBenchmark} ({@code -t 2} for two threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {
  private PatternCoder coder;
  private List<ValidationRecord> records;

  @Setup
  public void setUp() throws IOException {
    Path file =
        Path.of(
            System.getProperty(
                "faultline.records", "../shared/petrarch-unit-tests/PETR.UnitTest.records.xml"));
    ValidationFile vf = ValidationFileReader.read(file);
    coder = new PatternCoder(vf.dictionaries(LoadMode.LENIENT), CoderOptions.defaults());
    records = new ArrayList<>();
    for (ValidationRecord r : vf.records()) {
      if (r.sentence()) {
        records.add(r);
      }
    }
  }

  /** Codes all sentences once. */
  @Benchmark
  public void codeSuite(Blackhole bh) {
    for (ValidationRecord r : records) {
      CodingResult result = coder.code(r.text(), r.parse(), r.date());
      bh.consume(result);
    }
  }
}

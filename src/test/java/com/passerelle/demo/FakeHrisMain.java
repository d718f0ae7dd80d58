package com.passerelle.demo;

/**
 * A standalone fake HRIS for benchmarks (src/test/bench/hris-benchmark.sh): {@code population
 * apiKey integrationId}; prints its base URL and serves until killed.
 */
public final class FakeHrisMain {
  private FakeHrisMain() {}

  public static void main(String[] args) throws Exception {
    FakeHrisServer server =
        new FakeHrisServer(new FakeHris(Integer.parseInt(args[0]), args[1], args[2]));
    System.out.println(server.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}

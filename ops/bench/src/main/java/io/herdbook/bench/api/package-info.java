/**
 * Figure P5: throughput and latency of the REST API's polling endpoints under 100 concurrent clients on
 * loopback, against a trivial endpoint of the same server (its liveness probe).
 */
package io.herdbook.bench.api;

stub: upstream file of 130074 bytes

stub: upstream file of 22460 bytes

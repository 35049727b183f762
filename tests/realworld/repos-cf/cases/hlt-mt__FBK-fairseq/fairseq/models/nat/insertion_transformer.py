stub: upstream file of 10460 bytes

stub: upstream file of 2316 bytes

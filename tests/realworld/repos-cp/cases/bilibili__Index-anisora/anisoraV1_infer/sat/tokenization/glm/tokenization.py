stub: upstream file of 23223 bytes

stub: upstream file of 10347 bytes

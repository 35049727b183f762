stub: upstream file of 14328 bytes

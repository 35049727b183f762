stub: upstream file of 10279 bytes

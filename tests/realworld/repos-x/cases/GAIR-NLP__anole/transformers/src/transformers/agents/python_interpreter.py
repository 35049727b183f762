stub: upstream file of 32150 bytes

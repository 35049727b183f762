stub: upstream file of 31363 bytes

stub: upstream file of 34469 bytes

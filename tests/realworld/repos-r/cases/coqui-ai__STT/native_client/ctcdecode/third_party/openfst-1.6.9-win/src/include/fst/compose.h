stub: upstream file of 38884 bytes

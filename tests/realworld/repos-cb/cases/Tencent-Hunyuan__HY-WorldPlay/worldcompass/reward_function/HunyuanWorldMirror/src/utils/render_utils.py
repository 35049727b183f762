stub: upstream file of 18082 bytes

stub: upstream file of 10338 bytes

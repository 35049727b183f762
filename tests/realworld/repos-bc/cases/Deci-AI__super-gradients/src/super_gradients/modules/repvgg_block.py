stub: upstream file of 9392 bytes

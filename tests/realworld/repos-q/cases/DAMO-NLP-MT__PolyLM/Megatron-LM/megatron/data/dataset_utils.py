stub: upstream file of 28392 bytes

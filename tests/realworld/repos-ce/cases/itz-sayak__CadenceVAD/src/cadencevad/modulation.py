stub: upstream file of 12376 bytes

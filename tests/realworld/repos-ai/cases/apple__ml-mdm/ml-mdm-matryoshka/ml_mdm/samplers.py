stub: upstream file of 27329 bytes

stub: upstream file of 20528 bytes

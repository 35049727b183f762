stub: upstream file of 9528 bytes

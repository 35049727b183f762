stub: upstream file of 4495 bytes

stub: upstream file of 7528 bytes

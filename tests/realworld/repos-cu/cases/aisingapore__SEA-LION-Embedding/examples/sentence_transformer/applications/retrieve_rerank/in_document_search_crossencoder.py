stub: upstream file of 9348 bytes

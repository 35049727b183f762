stub: upstream file of 6449 bytes

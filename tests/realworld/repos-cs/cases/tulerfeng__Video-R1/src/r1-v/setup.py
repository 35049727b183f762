stub: upstream file of 4595 bytes

stub: upstream file of 9580 bytes

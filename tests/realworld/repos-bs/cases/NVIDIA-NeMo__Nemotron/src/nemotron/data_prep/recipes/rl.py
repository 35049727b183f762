stub: upstream file of 16271 bytes

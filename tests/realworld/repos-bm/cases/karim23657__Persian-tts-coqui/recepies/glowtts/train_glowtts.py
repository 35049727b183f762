stub: upstream file of 4576 bytes

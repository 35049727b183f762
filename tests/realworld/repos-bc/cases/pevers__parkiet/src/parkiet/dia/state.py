stub: upstream file of 8120 bytes

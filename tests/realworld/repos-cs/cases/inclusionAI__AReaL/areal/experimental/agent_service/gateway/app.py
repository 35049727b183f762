stub: upstream file of 6139 bytes

stub: upstream file of 16124 bytes

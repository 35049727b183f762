stub: upstream file of 23124 bytes

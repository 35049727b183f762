stub: upstream file of 2306 bytes

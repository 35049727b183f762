stub: upstream file of 26316 bytes

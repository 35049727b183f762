stub: upstream file of 11154 bytes

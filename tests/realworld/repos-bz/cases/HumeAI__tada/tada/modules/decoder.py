stub: upstream file of 8302 bytes

stub: upstream file of 43218 bytes

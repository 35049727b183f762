stub: upstream file of 10218 bytes

stub: upstream file of 2218 bytes

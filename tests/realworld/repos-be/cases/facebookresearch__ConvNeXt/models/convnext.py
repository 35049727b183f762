stub: upstream file of 9321 bytes

stub: upstream file of 19013 bytes

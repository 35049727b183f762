stub: upstream file of 1947006 bytes

stub: upstream file of 10404 bytes

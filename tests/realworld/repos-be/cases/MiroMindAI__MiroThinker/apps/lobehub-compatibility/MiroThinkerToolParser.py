stub: upstream file of 16934 bytes

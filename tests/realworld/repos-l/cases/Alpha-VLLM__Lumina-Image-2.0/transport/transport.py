stub: upstream file of 16622 bytes

stub: upstream file of 13738 bytes

stub: upstream file of 10281 bytes

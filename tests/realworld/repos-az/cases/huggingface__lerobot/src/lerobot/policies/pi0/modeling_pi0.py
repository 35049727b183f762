stub: upstream file of 46573 bytes

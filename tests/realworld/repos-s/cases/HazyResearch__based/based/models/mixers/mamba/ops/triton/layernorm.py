stub: upstream file of 21299 bytes

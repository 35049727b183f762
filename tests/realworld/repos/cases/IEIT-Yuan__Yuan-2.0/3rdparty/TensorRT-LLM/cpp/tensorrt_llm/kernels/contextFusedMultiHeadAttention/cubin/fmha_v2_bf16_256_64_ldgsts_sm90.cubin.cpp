stub: upstream file of 1655956 bytes

stub: upstream file of 8863 bytes

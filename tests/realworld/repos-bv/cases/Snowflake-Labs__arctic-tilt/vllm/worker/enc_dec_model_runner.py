stub: upstream file of 22199 bytes

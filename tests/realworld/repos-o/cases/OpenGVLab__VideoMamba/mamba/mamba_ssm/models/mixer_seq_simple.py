stub: upstream file of 8764 bytes

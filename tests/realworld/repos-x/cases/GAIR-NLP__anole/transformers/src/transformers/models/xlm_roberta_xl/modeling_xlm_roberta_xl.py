stub: upstream file of 69273 bytes

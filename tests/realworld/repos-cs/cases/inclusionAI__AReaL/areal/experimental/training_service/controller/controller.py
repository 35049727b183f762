stub: upstream file of 36126 bytes

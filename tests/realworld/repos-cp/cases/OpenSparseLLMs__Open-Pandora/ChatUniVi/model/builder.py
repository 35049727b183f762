stub: upstream file of 6126 bytes

stub: upstream file of 26302 bytes

stub: upstream file of 4888 bytes

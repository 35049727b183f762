stub: upstream file of 7224 bytes

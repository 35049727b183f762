stub: upstream file of 7244 bytes

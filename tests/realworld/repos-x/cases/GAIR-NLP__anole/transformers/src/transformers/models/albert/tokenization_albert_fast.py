stub: upstream file of 8830 bytes

stub: upstream file of 12178 bytes

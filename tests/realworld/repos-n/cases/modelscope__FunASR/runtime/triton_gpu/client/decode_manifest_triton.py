stub: upstream file of 16319 bytes

stub: upstream file of 26264 bytes

stub: upstream file of 85264 bytes

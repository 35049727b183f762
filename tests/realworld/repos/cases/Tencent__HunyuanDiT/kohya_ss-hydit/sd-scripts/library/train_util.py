stub: upstream file of 255017 bytes

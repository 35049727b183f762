stub: upstream file of 20368 bytes

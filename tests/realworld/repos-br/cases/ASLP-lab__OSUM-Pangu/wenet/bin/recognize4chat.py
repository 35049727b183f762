stub: upstream file of 15319 bytes

stub: upstream file of 26341 bytes

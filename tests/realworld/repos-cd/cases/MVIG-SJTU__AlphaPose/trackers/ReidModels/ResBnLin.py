stub: upstream file of 1832 bytes

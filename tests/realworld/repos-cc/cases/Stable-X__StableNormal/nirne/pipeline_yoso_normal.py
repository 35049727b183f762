stub: upstream file of 28250 bytes

stub: upstream file of 64162 bytes

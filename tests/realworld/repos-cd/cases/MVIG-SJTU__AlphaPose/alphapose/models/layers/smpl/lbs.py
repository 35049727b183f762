stub: upstream file of 48607 bytes

stub: upstream file of 85727 bytes

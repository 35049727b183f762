stub: upstream file of 50435 bytes

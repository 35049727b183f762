stub: upstream file of 15343 bytes

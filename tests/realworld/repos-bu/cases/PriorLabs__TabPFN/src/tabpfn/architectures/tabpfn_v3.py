stub: upstream file of 103012 bytes

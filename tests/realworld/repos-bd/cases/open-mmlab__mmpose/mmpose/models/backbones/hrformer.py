stub: upstream file of 30304 bytes

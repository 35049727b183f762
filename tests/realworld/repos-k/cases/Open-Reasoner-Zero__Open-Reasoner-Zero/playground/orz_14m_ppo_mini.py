stub: upstream file of 21450 bytes

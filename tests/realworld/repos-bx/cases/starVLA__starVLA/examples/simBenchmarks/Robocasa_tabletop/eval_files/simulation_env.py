stub: upstream file of 12962 bytes

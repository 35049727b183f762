stub: upstream file of 3311 bytes

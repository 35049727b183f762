stub: upstream file of 8366 bytes

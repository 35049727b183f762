stub: upstream file of 31468 bytes

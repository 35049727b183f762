stub: upstream file of 21366 bytes

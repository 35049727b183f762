stub: upstream file of 10366 bytes

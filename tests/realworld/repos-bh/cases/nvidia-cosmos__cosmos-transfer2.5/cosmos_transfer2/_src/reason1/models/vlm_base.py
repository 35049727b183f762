stub: upstream file of 23366 bytes

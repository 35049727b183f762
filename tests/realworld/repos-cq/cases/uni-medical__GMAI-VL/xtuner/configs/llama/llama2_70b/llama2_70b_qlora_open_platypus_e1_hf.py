stub: upstream file of 2366 bytes

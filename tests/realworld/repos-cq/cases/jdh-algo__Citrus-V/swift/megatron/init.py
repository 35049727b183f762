stub: upstream file of 28998 bytes

stub: upstream file of 63112 bytes

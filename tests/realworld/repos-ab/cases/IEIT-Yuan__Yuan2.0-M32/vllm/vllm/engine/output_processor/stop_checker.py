stub: upstream file of 4112 bytes

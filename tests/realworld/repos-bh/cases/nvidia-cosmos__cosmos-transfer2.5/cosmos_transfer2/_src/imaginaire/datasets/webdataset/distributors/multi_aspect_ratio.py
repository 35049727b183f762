stub: upstream file of 11132 bytes

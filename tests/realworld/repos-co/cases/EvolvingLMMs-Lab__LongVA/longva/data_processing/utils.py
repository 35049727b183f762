stub: upstream file of 7127 bytes

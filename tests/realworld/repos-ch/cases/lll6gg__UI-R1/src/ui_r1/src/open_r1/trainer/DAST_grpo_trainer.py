stub: upstream file of 48307 bytes

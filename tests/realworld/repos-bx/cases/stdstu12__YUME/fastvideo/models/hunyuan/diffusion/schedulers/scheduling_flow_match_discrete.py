stub: upstream file of 9488 bytes

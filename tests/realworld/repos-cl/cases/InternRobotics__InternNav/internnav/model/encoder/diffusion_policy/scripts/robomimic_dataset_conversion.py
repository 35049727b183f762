stub: upstream file of 3255 bytes

stub: upstream file of 255 bytes

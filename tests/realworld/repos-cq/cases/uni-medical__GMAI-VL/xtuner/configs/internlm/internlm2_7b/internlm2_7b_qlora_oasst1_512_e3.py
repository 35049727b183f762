stub: upstream file of 7291 bytes

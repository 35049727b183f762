stub: upstream file of 22140 bytes

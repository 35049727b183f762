stub: upstream file of 26184 bytes

stub: upstream file of 6924 bytes

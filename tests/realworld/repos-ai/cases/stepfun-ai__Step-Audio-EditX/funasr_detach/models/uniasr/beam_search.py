stub: upstream file of 19410 bytes

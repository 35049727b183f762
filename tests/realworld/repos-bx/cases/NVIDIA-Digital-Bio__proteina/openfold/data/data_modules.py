stub: upstream file of 25046 bytes

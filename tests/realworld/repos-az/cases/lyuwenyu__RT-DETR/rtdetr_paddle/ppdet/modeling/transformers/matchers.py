stub: upstream file of 7287 bytes

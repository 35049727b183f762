stub: upstream file of 21625 bytes

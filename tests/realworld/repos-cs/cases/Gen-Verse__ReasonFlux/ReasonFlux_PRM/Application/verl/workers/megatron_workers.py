stub: upstream file of 45995 bytes

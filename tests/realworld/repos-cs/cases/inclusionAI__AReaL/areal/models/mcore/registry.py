stub: upstream file of 12597 bytes

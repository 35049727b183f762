stub: upstream file of 11597 bytes

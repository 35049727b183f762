stub: upstream file of 4597 bytes

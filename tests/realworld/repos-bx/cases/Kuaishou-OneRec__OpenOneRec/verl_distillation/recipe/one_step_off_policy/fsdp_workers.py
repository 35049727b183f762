stub: upstream file of 14494 bytes

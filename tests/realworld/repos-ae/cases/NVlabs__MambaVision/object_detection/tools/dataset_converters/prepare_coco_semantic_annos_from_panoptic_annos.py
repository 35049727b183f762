stub: upstream file of 18519 bytes

stub: upstream file of 20370 bytes

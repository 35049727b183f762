stub: upstream file of 12585 bytes

stub: upstream file of 13588 bytes

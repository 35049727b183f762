stub: upstream file of 14371 bytes

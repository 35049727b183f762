stub: upstream file of 24346 bytes

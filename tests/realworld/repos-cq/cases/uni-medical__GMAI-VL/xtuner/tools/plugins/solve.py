stub: upstream file of 2418 bytes

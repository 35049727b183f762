stub: upstream file of 3418 bytes

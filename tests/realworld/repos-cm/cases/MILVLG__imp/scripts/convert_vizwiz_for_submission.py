stub: upstream file of 1418 bytes

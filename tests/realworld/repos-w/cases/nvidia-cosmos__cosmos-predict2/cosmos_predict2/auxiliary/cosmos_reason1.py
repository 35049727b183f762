stub: upstream file of 14418 bytes

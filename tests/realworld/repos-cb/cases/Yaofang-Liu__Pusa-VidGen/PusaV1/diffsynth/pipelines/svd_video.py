stub: upstream file of 11418 bytes

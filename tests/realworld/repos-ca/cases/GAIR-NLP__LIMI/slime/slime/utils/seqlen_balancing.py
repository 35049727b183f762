stub: upstream file of 7418 bytes

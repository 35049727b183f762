stub: upstream file of 10418 bytes

stub: upstream file of 33418 bytes

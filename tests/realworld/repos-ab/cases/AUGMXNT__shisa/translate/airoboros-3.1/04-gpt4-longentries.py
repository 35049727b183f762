stub: upstream file of 8418 bytes

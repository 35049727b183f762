stub: upstream file of 29418 bytes

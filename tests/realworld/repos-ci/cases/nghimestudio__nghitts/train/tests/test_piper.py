stub: upstream file of 9418 bytes

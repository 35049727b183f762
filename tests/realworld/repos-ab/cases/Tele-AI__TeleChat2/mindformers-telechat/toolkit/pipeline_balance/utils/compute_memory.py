stub: upstream file of 20418 bytes

stub: upstream file of 22418 bytes

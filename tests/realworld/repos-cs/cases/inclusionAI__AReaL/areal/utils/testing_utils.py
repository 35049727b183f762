stub: upstream file of 6418 bytes

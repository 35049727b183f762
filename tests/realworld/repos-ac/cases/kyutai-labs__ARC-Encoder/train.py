stub: upstream file of 24418 bytes

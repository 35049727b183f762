stub: upstream file of 418 bytes
